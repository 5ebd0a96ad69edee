#include "import/import_service.h"

#include "i18n/ui_language.h"

#include "storage/database.h"

#include "import/article_parser.h"
#include "import/text_decoder.h"
#include "logging.h"
#include "storage/article_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace newsmark {

namespace {

const QString &duplicateReason()
{
    static const QString reason = QStringLiteral("already in the library");
    return reason;
}

bool isArticleFile(const QFileInfo &info)
{
    return info.suffix().compare(QLatin1String("txt"), Qt::CaseInsensitive) == 0;
}

// Walks a folder depth-first. `ancestors` holds the canonical paths of the folders being walked,
// so a link back to one of them is a loop; `visited` holds every folder already walked, so a
// second link to the same folder adds nothing twice.
void collectFolder(const QString &path, const QString &canonical, QSet<QString> *ancestors,
                   QSet<QString> *visited, QStringList *files, QList<ImportIssue> *failures)
{
    const QFileInfo self(path);
    // Qt resource folders (the bundled samples) report no execute permission, yet list fine.
    const bool resource = path.startsWith(QLatin1String(":/"));
    if (!resource && (!self.isReadable() || !self.isExecutable())) {
        failures->append({path, CoreText::tr("the folder cannot be read (permission denied)")});
        return;
    }
    ancestors->insert(canonical);
    visited->insert(canonical);
    const QDir dir(path);
    // QDir::System lists broken links too, so that they can be reported.
    const QFileInfoList entries = dir.entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString entryPath = entry.filePath();
        if (entry.isSymLink() && !entry.exists()) {
            failures->append({entryPath, CoreText::tr("a broken link (its target is missing)")});
            continue;
        }
        if (entry.isDir()) {
            const QString target = entry.canonicalFilePath();
            if (ancestors->contains(target)) {
                failures->append({entryPath,
                                  CoreText::tr("a folder link that loops back to %1")
                                          .arg(QDir::toNativeSeparators(target))});
                continue;
            }
            if (visited->contains(target)) {
                qCInfo(lcImport) << "skipping" << entryPath << "(a link to a folder already read)";
                continue;
            }
            collectFolder(entryPath, target, ancestors, visited, files, failures);
        } else if (entry.isFile() && isArticleFile(entry)) {
            files->append(entryPath);
        }
    }
    ancestors->remove(canonical);
}

} // namespace

ImportService::ImportService(ArticleStore &store)
    : m_store(store)
{ }

QStringList ImportService::expandPaths(const QStringList &paths, QList<ImportIssue> *failures)
{
    QList<ImportIssue> ignored;
    if (!failures)
        failures = &ignored;
    QStringList out;
    QSet<QString> visitedFolders;
    QSet<QString> seenFiles; // canonical paths: one file reached two ways is read once
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            failures->append({path,
                              info.isSymLink()
                                      ? CoreText::tr("a broken link (its target is missing)")
                                      : CoreText::tr("no such file or folder")});
            continue;
        }
        QStringList found;
        if (info.isDir()) {
            const QString canonical = info.canonicalFilePath();
            if (visitedFolders.contains(canonical))
                continue;
            QSet<QString> ancestors;
            collectFolder(path, canonical, &ancestors, &visitedFolders, &found, failures);
            std::sort(found.begin(), found.end());
        } else {
            found << path;
        }
        for (const QString &file : std::as_const(found)) {
            const QString canonical = QFileInfo(file).canonicalFilePath();
            if (!seenFiles.contains(canonical)) {
                seenFiles.insert(canonical);
                out << file;
            }
        }
    }
    return out;
}

Result<Article> ImportService::readArticleFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error {CoreText::tr("no such file")};
    if (info.isDir())
        return Error {CoreText::tr("a folder, not a file")};
    if (info.size() > kMaxFileSize)
        return Error {CoreText::tr("larger than 20 MB (%1 MB): not a news article")
                              .arg(info.size() / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {CoreText::tr("cannot be read: %1").arg(file.errorString())};
    // A file that grew after the size check (or a device) must not be read without limit.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error {CoreText::tr("cannot be read: %1").arg(file.errorString())};
    if (bytes.size() > kMaxFileSize)
        return Error {CoreText::tr("larger than 20 MB: not a news article")};
    Result<QString> text = decodeArticleBytes(bytes);
    if (!text)
        return Error {text.error()};
    Result<Article> article = parseArticleText(*text);
    if (article)
        article.value().sourcePath = info.absoluteFilePath();
    return article;
}

ImportReport ImportService::importPaths(const QStringList &paths,
                                        const std::function<bool(qsizetype, qsizetype)> &progress)
{
    ImportReport report;
    const QStringList files = expandPaths(paths, &report.failures);
    const qsizetype total = files.size();

    QList<Article> batch;
    QStringList batchPaths;
    batch.reserve(kBatchSize);
    QHash<QString, QString> firstFileOfHash; // within this import, before the store sees them

    auto flush = [&] {
        if (batch.isEmpty())
            return;
        Result<QList<InsertOutcome>> stored = m_store.insertMany(batch, SamePath::UpdateInPlace);
        if (stored && stored->size() != batch.size())
            stored = Error {CoreText::tr("the library stored %1 of %2 articles")
                                    .arg(stored->size())
                                    .arg(batch.size())};
        if (!stored) {
            qCWarning(lcImport) << "a batch of" << batch.size()
                                << "articles was not stored:" << stored.error();
            for (qsizetype i = 0; i < batch.size(); ++i) {
                report.failures.append(
                        {batchPaths[i],
                         CoreText::tr("could not be stored: %1").arg(stored.error())});
                firstFileOfHash.remove(batch[i].contentHash);
            }
        } else {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const InsertOutcome &outcome = stored->at(i);
                if (outcome.inTrash)
                    report.inTrash.append(outcome.id);
                if (outcome.duplicate)
                    report.duplicates.append(
                            {batchPaths[i],
                             outcome.inTrash ? CoreText::tr("already in the library, in the "
                                                            "Trash (article %1)")
                                                       .arg(outcome.id)
                                             : duplicateReason()});
                else if (outcome.updated)
                    report.updated.append(outcome.id);
                else
                    report.imported.append(outcome.id);
            }
        }
        batch.clear();
        batchPaths.clear();
    };

    for (qsizetype done = 0; done < total; ++done) {
        if (progress && !progress(done, total)) {
            report.cancelled = true;
            break;
        }
        const QString &path = files[done];
        if (isLibraryFile(m_store.database().path(), path)) {
            report.failures.append(
                    {path, CoreText::tr("is this library's own file, not an article")});
            continue;
        }
        Result<Article> article = readArticleFile(path);
        if (!article) {
            report.failures.append({path, article.error()});
            continue;
        }
        const QString &hash = article->contentHash;
        if (const auto it = firstFileOfHash.constFind(hash); it != firstFileOfHash.constEnd()) {
            report.duplicates.append({path,
                                      duplicateReason() % CoreText::tr(" (same text as ")
                                              % QFileInfo(*it).fileName() % u')'});
            continue;
        }
        firstFileOfHash.insert(hash, path);
        batch.append(std::move(article).value());
        batchPaths.append(path);
        if (batch.size() >= kBatchSize)
            flush();
    }
    flush();
    if (!report.cancelled && progress)
        progress(total, total);
    qCInfo(lcImport) << "imported" << report.imported.size() << "articles," << report.updated.size()
                     << "updated," << report.duplicates.size() << "duplicates,"
                     << report.failures.size() << "failures"
                     << (report.cancelled ? "(cancelled)" : "");
    return report;
}

} // namespace newsmark
