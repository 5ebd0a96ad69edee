// The window and newsmark-cli on one library, with the window in this process: its file dialog
// lists (and so opens and closes) the library's files while its connection is live, real
// newsmark-cli processes read and write meanwhile, and the window shows what they changed. And
// the Notes panel, which must never drop what is being typed.

#include "command_host.h"
#include "library/library.h"
#include "library_pane.h"
#include "library_session.h"
#include "main_window.h"
#include "notes/note_service.h"
#include "notes_controller.h"
#include "notes_dock.h"
#include "reader_view.h"
#include "storage/library_lock.h"
#include "storage/note_store.h"
#include "window_test_base.h"

#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace newsmark;
using namespace newsmark::gui;

namespace {

QString article(const QString &headline)
{
    return u"산업\n"_s + headline
            + u"\n부제\n[뉴스마크 = 오세린 기자] 항만 물류 자동화 설비 발주가 3200억원을 넘어설 "
              u"전망이다.\n부산과 인천의 신규 터미널이 절반가량을 차지한다.\n"
              u"오세린 기자 serin@newsmark.example\n"_s;
}

QString integrityOf(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
            while (sqlite3_step(stmt) == SQLITE_ROW)
                result += QString::fromUtf8(
                        reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            sqlite3_finalize(stmt);
        }
    }
    if (result.isEmpty())
        result = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return result;
}

} // namespace

class TestLibrarySharingGui final : public WindowTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpRun(); }
    void init() { QVERIFY(openWindow()); }
    void cleanup() { closeWindow(); }
    void cleanupTestCase() { tearDownRun(); }

    void theCommandLineRunsInTheWindowAfterItsDialogOpenedTheLibrary()
    {
        const QString path = m_window->library().path();
        // What main() does: the lock, then the command host.
        auto lock = LibraryLock::tryAcquire(path, LibraryLock::Mode::Exclusive, u"Newsmark"_s);
        QVERIFY(lock.lock);
        QString error;
        const auto host = serveCommandLine(m_window.get(), path, &error);
        QVERIFY2(host, qPrintable(error));

        const ArticleId shown = importText(u"one.txt"_s, article(u"항만 자동화 발주"_s));
        QVERIFY(shown > 0);
        NoteService &notes = m_window->notesController()->service();
        const auto first = notes.createFromQuote(shown, u"3200억원"_s, 1);
        QVERIFY(first.ok());

        // The save dialog of the report, on the library's folder: it lists, sniffs and closes
        // the library's files. And a plain QFile open and close, as any code in the process may.
        {
            QFileDialog dialog(m_window.get(), u"Export Notes"_s, QFileInfo(path).absolutePath());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setAcceptMode(QFileDialog::AcceptSave);
            dialog.show();
            auto *model = dialog.findChild<QFileSystemModel *>();
            QVERIFY(model);
            QTRY_VERIFY_WITH_TIMEOUT(model->index(path).isValid(), 10000);
            dialog.close();
        }
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile file(path + suffix);
            QVERIFY(file.open(QIODevice::ReadOnly));
            file.read(100);
        }

        // The command line: its read shows the window's note, its writes show in the window.
        const QString listed =
                runCliBeside({u"notes"_s, u"list"_s, u"--json"_s, u"--library"_s, path});
        QVERIFY2(listed.contains(first->idText()), qPrintable(listed));
        QListWidget *panel = m_window->notesController()->dock()->list();
        QTRY_COMPARE_WITH_TIMEOUT(panel->count(), 1, kPageTimeoutMs);
        const QString added = runCliBeside({u"notes"_s, u"add"_s, QString::number(shown),
                                            u"--quote"_s, u"부산과 인천"_s, u"--library"_s, path});
        QVERIFY2(!added.isEmpty(), "notes add printed nothing");
        QTRY_COMPARE_WITH_TIMEOUT(panel->count(), 2, kPageTimeoutMs);
        const int rowsBefore = m_window->libraryPane()->tableView()->model()->rowCount();
        QFile two(m_dir->filePath(u"two.txt"_s));
        QVERIFY(two.open(QIODevice::WriteOnly));
        two.write(article(u"신규 터미널 착공"_s).toUtf8());
        two.close();
        QVERIFY(!runCliBeside({u"import"_s, two.fileName(), u"--library"_s, path}).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->libraryPane()->tableView()->model()->rowCount(),
                                  rowsBefore + 1, kPageTimeoutMs);

        // A correction made on the command line shows in the window's reader at once.
        const auto markedPlace = [this] {
            const auto &article = m_window->readerView()->article();
            const QString text = article ? article->canonicalText() : QString();
            const QList<Span> &spans = m_window->readerView()->spans();
            return std::any_of(spans.begin(), spans.end(), [&](const Span &s) {
                return s.kind == SpanKind::Location
                        && text.mid(s.start, s.end - s.start) == u"부산과 인천"_s;
            });
        };
        QVERIFY(!markedPlace());
        QVERIFY(!runCliBeside({u"entities"_s, u"mark"_s, u"부산과 인천"_s, u"--as"_s, u"place"_s,
                               u"--library"_s, path})
                         .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(markedPlace(), kPageTimeoutMs);

        // The window writes again: nothing was taken from under it.
        const auto third = notes.createFromQuote(shown, u"신규 터미널"_s, 1);
        QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error()));
        NoteStore store(m_window->library().database());
        QCOMPARE(store.forArticle(shown).size(), 3);

        m_window.reset();
        QCOMPARE(integrityOf(path), u"ok"_s);
    }

    // What is typed into a note's comment is kept through a recolour (which used to wipe it)
    // and a switch to another article (which used to discard it), and typing is one undo step.
    void aCommentBeingTypedIsNeverLost()
    {
        const ArticleId first = importText(u"a.txt"_s, article(u"항만 자동화 발주"_s));
        QVERIFY(first > 0);
        NoteService &notes = m_window->notesController()->service();
        const auto note = notes.createFromQuote(first, u"3200억원"_s, 1);
        QVERIFY(note.ok());
        NotesDock *dock = m_window->notesController()->dock();
        dock->show();
        QTRY_COMPARE_WITH_TIMEOUT(dock->list()->count(), 1, kPageTimeoutMs);
        dock->list()->setCurrentRow(0);
        auto *comment = dock->findChild<QPlainTextEdit *>(u"noteComment"_s);
        auto *tags = dock->findChild<QLineEdit *>(u"noteTags"_s);
        QVERIFY(comment && comment->isEnabled());

        // Typed, then a colour chosen before any Save.
        comment->setFocus();
        QTest::keyClicks(comment, u"check the rate"_s);
        QTest::keyClicks(tags, u"money, port"_s);
        auto *colour = dock->findChild<QToolButton *>(u"noteColor"_s);
        QMenu *menu = colour->menu();
        Q_EMIT menu->aboutToShow();
        menu->actions().at(1)->trigger(); // the second colour
        NoteStore store(m_window->library().database());
        QCOMPARE(store.find(note->id)->body, u"check the rate"_s);
        QCOMPARE(store.find(note->id)->tags, QStringList({u"money"_s, u"port"_s}));
        QVERIFY(store.find(note->id)->color != NoteColor::Yellow);
        QTRY_COMPARE_WITH_TIMEOUT(comment->toPlainText(), u"check the rate"_s, kPageTimeoutMs);

        // Typed, then another article opened at once.
        QTest::keyClicks(comment, u" again"_s);
        const ArticleId second = importText(u"b.txt"_s, article(u"신규 터미널 착공"_s));
        QVERIFY(second > 0 && second != first);
        QCOMPARE(store.find(note->id)->body, u"check the rate again"_s);

        // Saved as typed, without Save: half a second after the last key.
        m_window->libraryPane()->selectArticle(first);
        QTRY_COMPARE_WITH_TIMEOUT(dock->list()->count(), 1, kPageTimeoutMs);
        dock->list()->setCurrentRow(0);
        QTRY_COMPARE_WITH_TIMEOUT(comment->toPlainText(), u"check the rate again"_s,
                                  kPageTimeoutMs);
        comment->moveCursor(QTextCursor::End);
        QTest::keyClicks(comment, u"!"_s);
        QTRY_COMPARE_WITH_TIMEOUT(store.find(note->id)->body, u"check the rate again!"_s, 5000);
        comment->moveCursor(QTextCursor::End);
        QTest::keyClicks(comment, u"?"_s);
        QTRY_COMPARE_WITH_TIMEOUT(store.find(note->id)->body, u"check the rate again!?"_s, 5000);
        // The two saves of one typing session undo together.
        m_window->notesController()->undoStack()->undo();
        QCOMPARE(store.find(note->id)->body, u"check the rate again"_s);
    }
};

NEWSMARK_GUI_TEST_MAIN(TestLibrarySharingGui)
#include "tst_library_sharing_gui.moc"
