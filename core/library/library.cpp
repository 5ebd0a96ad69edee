#include "library/library.h"

#include "import/import_service.h"
#include "logging.h"
#include "resources.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace newsmark {

QString Library::defaultPath()
{
    // Built here rather than from AppDataLocation, which depends on the application and
    // organisation names each front end sets: the GUI and the CLI must open the same file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("Newsmark/library.sqlite"));
}

Library::Library(std::unique_ptr<Database> db, bool created)
    : m_db(std::move(db))
    , m_articles(*m_db)
    , m_new(created)
{ }

Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &path)
{
    const bool created = !QFileInfo::exists(path) || QFileInfo(path).size() == 0;
    auto db = Database::open(path);
    if (!db)
        return Error {db.error()};
    std::unique_ptr<Library> library(new Library(std::move(db).value(), created));
    if (created) {
        ensureCoreResources();
        // A first start shows something to read: the bundled original sample articles.
        ImportService importer(library->articles());
        const ImportReport report = importer.importPaths({QStringLiteral(":/samples")});
        for (const ImportIssue &failure : report.failures)
            qCWarning(lcLibrary) << "sample" << failure.path << "not imported:" << failure.reason;
        qCInfo(lcLibrary) << "new library" << path << "with" << report.imported.size() << "samples";
    }
    return library;
}

} // namespace newsmark
