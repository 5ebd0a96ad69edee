#pragma once

#include "model/article.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace newsmark {

class ArticleStore;

// A file that was not imported, and why, in words the user can act on.
struct ImportIssue
{
    QString path;
    QString reason;
};

struct ImportReport
{
    QList<ArticleId> imported;
    // Stored articles whose file was imported again with another text: rewritten in place (same
    // id), so their notes must be placed again in the new text (NoteService::reanchor).
    QList<ArticleId> updated;
    // Articles of this import (duplicates or updated) that are in the Trash: they stay there,
    // since deleting them was the user's word; a restore brings them back.
    QList<ArticleId> inTrash;
    QList<ImportIssue> duplicates;
    QList<ImportIssue> failures;
    bool cancelled = false;
};

// Turns files and folders into stored articles: expands folders, reads, decodes and parses each
// file, and stores the articles in batches, one transaction per batch. A file whose text is stored
// already is a duplicate; a file imported before (same source path) whose text changed updates
// its article in place (SamePath::UpdateInPlace).
class ImportService final
{
public:
    explicit ImportService(ArticleStore &store);
    Q_DISABLE_COPY_MOVE(ImportService)

    // progress(done, total) is called between files; returning false cancels the import.
    // Articles already stored stay stored, and every file counted as done is in the report.
    ImportReport importPaths(const QStringList &paths,
                             const std::function<bool(qsizetype, qsizetype)> &progress = {});

    // The files to import, in order: files named explicitly whatever their suffix, and the *.txt
    // files of folders, recursively and sorted. Missing paths, unreadable folders, broken links
    // and folder links that loop back are reported in *failures.
    static QStringList expandPaths(const QStringList &paths, QList<ImportIssue> *failures);

    // Reads, decodes and parses one file; sets the article's sourcePath.
    static Result<Article> readArticleFile(const QString &path);

    static constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;
    static constexpr qsizetype kBatchSize = 256;

private:
    ArticleStore &m_store;
};

} // namespace newsmark
