#pragma once

#include <QCache>
#include <QList>

#include <utility>

namespace newsmark {

// The page cache behind the lazily read list models: rows are fetched from SQLite 256 at a time
// when a view asks for one, and the least recently used pages are dropped. `load(offset, limit)`
// returns the rows of one page in the model's current order.
template<typename Row>
class RowPages final
{
public:
    static constexpr int kPageSize = 256;

    explicit RowPages(int maxPages) { m_pages.setMaxCost(maxPages); }

    // The row, reading its page first if needed; nullptr past the rows that exist.
    template<typename Load>
    const Row *at(int row, Load &&load) const
    {
        if (row < 0)
            return nullptr;
        const int page = row / kPageSize;
        QList<Row> *rows = m_pages.object(page);
        if (!rows) {
            rows = new QList<Row>(std::forward<Load>(load)(page * kPageSize, kPageSize));
            m_pages.insert(page, rows);
        }
        const int within = row % kPageSize;
        return within < rows->size() ? &rows->at(within) : nullptr;
    }

    // The row if its page is cached, for updating it in place without a read.
    Row *cached(int row)
    {
        QList<Row> *rows = row < 0 ? nullptr : m_pages.object(row / kPageSize);
        const int within = row % kPageSize;
        return rows && within < rows->size() ? &(*rows)[within] : nullptr;
    }

    // The number of the first cached row for which `matches` holds; -1 when none does.
    template<typename Matches>
    int findCached(Matches &&matches) const
    {
        const QList<int> pages = m_pages.keys();
        for (const int page : pages) {
            const QList<Row> *rows = m_pages.object(page);
            for (qsizetype i = 0; rows && i < rows->size(); ++i) {
                if (matches(rows->at(i)))
                    return page * kPageSize + int(i);
            }
        }
        return -1;
    }

    void clear() { m_pages.clear(); }

private:
    mutable QCache<int, QList<Row>> m_pages;
};

} // namespace newsmark
