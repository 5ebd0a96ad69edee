#pragma once

// For storage tests: SQL run on a library file outside Newsmark, the way another program or an
// older version would write it (with Newsmark's search tokenizer, which the triggers of format 11
// need to write articles and notes).

#include "search/search_tokenizer.h"

#include <QString>
#include <QTest>

#include <sqlite3.h>

namespace newsmark::test {

// Runs `sql` on the file through its own connection; fails the test when SQLite refuses it.
inline void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    // Another Newsmark: articles and notes are written through the search index's triggers.
    QVERIFY(search::registerTokenizer(db, nullptr));
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString error = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));
}

} // namespace newsmark::test
