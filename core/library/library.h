#pragma once

#include "result.h"
#include "storage/article_store.h"
#include "storage/database.h"

#include <QString>

#include <memory>

namespace newsmark {

// An open library file: the connection and the stores over it. The GUI and the CLI open one each;
// background work (imports) opens its own on the same file, since a connection is per thread.
class Library final
{
public:
    // The user's library in the XDG data location (~/.local/share/Newsmark/library.sqlite).
    static QString defaultPath();
    // Opens (creating and migrating as needed). A library created by this call is filled with the
    // bundled sample articles.
    static Result<std::unique_ptr<Library>> open(const QString &path);
    Q_DISABLE_COPY_MOVE(Library)
    ~Library();

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] ArticleStore &articles() { return m_articles; }
    [[nodiscard]] const QString &path() const { return m_db->path(); }
    // True when this open created the file (and so seeded it with the samples).
    [[nodiscard]] bool isNew() const { return m_new; }

private:
    Library(std::unique_ptr<Database> db, bool created);

    std::unique_ptr<Database> m_db;
    ArticleStore m_articles;
    bool m_new = false;
};

} // namespace newsmark
