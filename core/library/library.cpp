#include "library/library.h"

#include "i18n/ui_language.h"

#include "import/import_service.h"
#include "logging.h"
#include "resources.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace newsmark {

QString Library::defaultPath()
{
    // Built here rather than from AppDataLocation, which depends on the application and
    // organisation names each front end sets: the GUI and the CLI must open the same file.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("Newsmark/library.sqlite"));
}

namespace {

// The GUI's settings file (~/.config/Newsmark/Newsmark.conf), named here rather than by the
// application's names, which each front end sets for itself.
QSettings sharedSettings()
{
    return QSettings(QStringLiteral("Newsmark"), QStringLiteral("Newsmark"));
}

const QString kCurrentLibraryKey = QStringLiteral("library/path");

} // namespace

QString Library::currentPath()
{
    const QString chosen = sharedSettings().value(kCurrentLibraryKey).toString();
    if (!chosen.isEmpty() && QFileInfo::exists(chosen))
        return chosen;
    return defaultPath();
}

void Library::setCurrentPath(const QString &path)
{
    QSettings settings = sharedSettings();
    if (path == defaultPath())
        settings.remove(kCurrentLibraryKey);
    else
        settings.setValue(kCurrentLibraryKey, path);
    settings.sync();
}

Library::Library(std::unique_ptr<Database> db, bool created)
    : m_db(std::move(db))
    , m_articles(*m_db)
    , m_noteStore(*m_db)
    , m_notes(m_articles, m_noteStore)
    , m_entities(*m_db)
    , m_feeds(*m_db, m_articles)
    , m_new(created)
{ }

Library::~Library() = default;

Result<std::unique_ptr<Library>> Library::open(const QString &path, OpenOptions options)
{
    const bool exists = QFileInfo::exists(path);
    if (!exists && !options.create)
        return Error {CoreText::tr("%1: no library there").arg(QDir::toNativeSeparators(path))};
    const bool created = !exists || QFileInfo(path).size() == 0;
    auto db = Database::open(path);
    if (!db)
        return Error {db.error()};
    std::unique_ptr<Library> library(new Library(std::move(db).value(), created));
    if (created) {
        const int samples = options.samplesIfNew ? library->addSamples() : 0;
        qCInfo(lcLibrary) << "new library" << path << "with" << samples << "samples";
    }
    return library;
}

int Library::addSamples()
{
    ensureCoreResources();
    ImportService importer(m_articles);
    const ImportReport report = importer.importPaths({QStringLiteral(":/samples")});
    for (const ImportIssue &failure : report.failures)
        qCWarning(lcLibrary) << "sample" << failure.path << "not imported:" << failure.reason;
    return int(report.imported.size());
}

} // namespace newsmark
