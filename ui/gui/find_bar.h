#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace newsmark::gui {

class ReaderView;

// Find in the shown article (Ctrl+F in the reader, Edit › Find in Article): every occurrence of
// the text typed (case-insensitive, a plain substring, so a Korean word is found inside longer
// words) is marked in the page with a count, "3 of 12"; Enter / F3 and Shift+Enter / Shift+F3 go
// to the next and previous one, Esc closes the bar. It knows nothing of the list's search.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ReaderView &reader, QWidget *parent = nullptr);

    // Shows the bar with its text selected, and marks that text again.
    void open();
    // Hides the bar, takes the marks away and gives the focus back to the reader.
    void close();
    void findNext();
    void findPrevious();

    [[nodiscard]] int matchCount() const { return int(m_matches.size()); }
    // 0-based; -1 when nothing matches.
    [[nodiscard]] int currentMatch() const { return m_current; }
    [[nodiscard]] QString countText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void step(int delta);
    void updateCount();

    ReaderView &m_reader;
    QLineEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QList<std::pair<int, int>> m_matches;
    int m_current = -1;
};

} // namespace newsmark::gui
