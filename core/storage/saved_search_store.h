#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace newsmark {

class Database;

// A query of the search language kept under a name (resources/sql/0012_saved_searches.sql).
struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
    QString createdAt; // ISO 8601 UTC with milliseconds
    QString updatedAt;
};

// The saved searches: the only SQL about them. Names are unique ignoring case; a query is parsed
// (search::parseQuery) before it is written, so a stored query always runs. Every write is one
// transaction, and every failure says which search and why.
class SavedSearchStore final
{
public:
    explicit SavedSearchStore(Database &db);
    Q_DISABLE_COPY_MOVE(SavedSearchStore)

    // By name, ignoring case.
    [[nodiscard]] QList<SavedSearch> all();
    [[nodiscard]] std::optional<SavedSearch> find(const QString &name);

    // A new search; fails when the name is taken or the query does not parse.
    Result<SavedSearch> save(const QString &name, const QString &query);
    // Gives the search `name` a new name and query (either may stay as it was).
    Result<SavedSearch> edit(const QString &name, const QString &newName, const QString &newQuery);
    Result<SavedSearch> rename(const QString &name, const QString &newName);
    // The search as it was, for an undo.
    Result<SavedSearch> remove(const QString &name);
    // Puts back a removed search with its id and times (the undo of remove()).
    Status restore(const SavedSearch &search);

    // Why `name` cannot name a search ("" when it can).
    [[nodiscard]] static QString nameProblem(const QString &name);
    // Why `query` cannot be saved: the parser's error with its position ("" when it parses).
    [[nodiscard]] static QString queryProblem(const QString &query);

private:
    Database &m_db;
};

} // namespace newsmark
