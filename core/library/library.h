#pragma once

#include "notes/note_service.h"
#include "result.h"
#include "storage/article_store.h"
#include "storage/database.h"
#include "storage/entity_store.h"
#include "storage/feed_store.h"
#include "storage/note_store.h"

#include <QString>

#include <memory>

namespace newsmark {

// An open library file: the connection and the stores and services over it, assembled here once
// for every front end. The GUI and the CLI open one each; background work (imports, the entity
// index, a command run for newsmark-cli) opens its own on the same file, since a connection is
// per thread.
class Library final
{
public:
    // The user's library in the XDG data location (~/.local/share/Newsmark/library.sqlite).
    static QString defaultPath();
    // The library both front ends open when none is named: the one the window switched to last
    // (Preferences, File › Open Another Library) while its file exists, else defaultPath(). So
    // newsmark-cli works on the library the window shows.
    static QString currentPath();
    // Remembers `path` as the current library (the window, after switching to it).
    static void setCurrentPath(const QString &path);
    struct OpenOptions
    {
        // A missing file is created; otherwise opening it is an error ("no library at …").
        bool create = true;
        // A library created by this open gets the bundled sample articles (the GUI's first start
        // of the default library; nobody else, so that scripts see only what they imported).
        bool samplesIfNew = false;
    };
    // Opens (creating and migrating as needed).
    static Result<std::unique_ptr<Library>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<Library>> open(const QString &path)
    {
        return open(path, OpenOptions {});
    }
    // Imports the bundled sample articles (duplicates are skipped); how many were added.
    int addSamples();
    Q_DISABLE_COPY_MOVE(Library)
    ~Library();

    [[nodiscard]] Database &database() { return *m_db; }
    [[nodiscard]] ArticleStore &articles() { return m_articles; }
    [[nodiscard]] NoteStore &noteStore() { return m_noteStore; }
    // Every change to notes goes through here (the GUI's undo stack, the CLI).
    [[nodiscard]] NoteService &notes() { return m_notes; }
    [[nodiscard]] EntityStore &entities() { return m_entities; }
    [[nodiscard]] FeedStore &feeds() { return m_feeds; }
    [[nodiscard]] const QString &path() const { return m_db->path(); }
    // True when this open created the file (and so seeded it with the samples).
    [[nodiscard]] bool isNew() const { return m_new; }

private:
    Library(std::unique_ptr<Database> db, bool created);

    std::unique_ptr<Database> m_db;
    ArticleStore m_articles;
    NoteStore m_noteStore;
    NoteService m_notes;
    EntityStore m_entities;
    FeedStore m_feeds;
    bool m_new = false;
};

} // namespace newsmark
