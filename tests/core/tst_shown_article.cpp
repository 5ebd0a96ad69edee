// The article the window shows, as the reader and the panels observe it: spans with the
// library's corrections, notes placed in the current text before anyone reads them, and one
// signal for each kind of change.

#include "import/import_service.h"
#include "library/library.h"
#include "library/shown_article.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace newsmark;

namespace {

const QString kText =
        u"경제\n가온전자, 평택 투자\n부제\n[가온경제 = 이나래 기자] 삼성전자가 평택에 "
        u"3조원을 투자한다.\n김하늘 사장은 공급망을 다시 짠다고 말했다.\n"_s;

} // namespace

class TestShownArticle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsAnArticleWithItsSpansAndPlacedNotes()
    {
        QTemporaryDir dir;
        auto opened = Library::open(dir.filePath(u"lib.sqlite"_s));
        QVERIFY(opened.ok());
        Library &library = *opened.value();
        const QString file = dir.filePath(u"a.txt"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(kText.toUtf8());
        }
        ImportService importer(library.articles());
        const ImportReport report = importer.importPaths({file});
        QCOMPARE(report.imported.size(), 1);
        const ArticleId id = report.imported.constFirst();
        const auto note = library.notes().createFromQuote(id, u"3조원"_s, 1);
        QVERIFY(note.ok());

        // The file changes: a sentence comes before the note's passage.
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QString(kText).replace(u"삼성전자가"_s, u"오늘 삼성전자가"_s).toUtf8());
        }
        QCOMPARE(importer.importPaths({file}).updated.size(), 1);

        ShownArticle shown(library);
        QSignalSpy changed(&shown, &ShownArticle::articleChanged);
        QSignalSpy placed(&shown, &ShownArticle::notesPlaced);
        shown.show(*library.articles().find(id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(shown.id(), id);
        // The note was placed in the new text before anything could read it.
        QCOMPARE(placed.count(), 1);
        QCOMPARE(shown.notes().size(), 1);
        const Note &moved = shown.notes().constFirst();
        QCOMPARE(shown.article()->canonicalText().mid(moved.start, moved.end - moved.start),
                 u"3조원"_s);
        QVERIFY(std::any_of(shown.spans().begin(), shown.spans().end(),
                            [](const Span &s) { return s.kind == SpanKind::Money; }));

        // Corrections analyse it again.
        QSignalSpy spans(&shown, &ShownArticle::spansChanged);
        const auto corrected = library.entities().addCorrection({0,
                                                                 CorrectionAction::Mark,
                                                                 u"김하늘"_s,
                                                                 SpanKind::Person,
                                                                 {},
                                                                 SpanKind::Person,
                                                                 {}});
        QVERIFY(corrected.ok());
        shown.setCorrections(library.entities().corrections());
        QCOMPARE(spans.count(), 1);
        QVERIFY(std::any_of(shown.spans().begin(), shown.spans().end(), [&](const Span &s) {
            return s.kind == SpanKind::Person
                    && shown.article()->canonicalText().mid(s.start, s.end - s.start)
                    == u"김하늘"_s;
        }));

        // Notes changed elsewhere are read again on request.
        QSignalSpy notes(&shown, &ShownArticle::notesChanged);
        QVERIFY(library.notes().createFromQuote(id, u"공급망"_s, 1).ok());
        shown.reloadNotes();
        QCOMPARE(notes.count(), 1);
        QCOMPARE(shown.notes().size(), 2);

        shown.clear();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(shown.id(), 0);
        QVERIFY(shown.notes().isEmpty() && shown.spans().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestShownArticle)
#include "tst_shown_article.moc"
