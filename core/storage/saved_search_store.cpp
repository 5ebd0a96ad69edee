#include "storage/saved_search_store.h"

#include "i18n/ui_language.h"

#include "logging.h"
#include "search/search_query.h"
#include "storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {

constexpr int kMaxNameLength = 200;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

SavedSearch searchFrom(const Statement &s)
{
    return SavedSearch {s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)};
}

std::optional<SavedSearch> findIn(Database &db, const QString &name)
{
    Statement s(db,
                "SELECT id, name, query, created_at, updated_at FROM saved_searches"
                " WHERE name = ?1");
    s.bind(1, name);
    if (s.step())
        return searchFrom(s);
    return std::nullopt;
}

Error unknown(const QString &name)
{
    return Error {
            CoreText::tr("saved search '%1': there is no saved search of that name").arg(name)};
}

Error failed(Database &db, const QString &name, const QString &doing)
{
    qCWarning(lcStorage) << "saved search" << name << doing << "failed:" << db.lastError();
    return Error {
            CoreText::tr("saved search '%1': cannot %2: %3").arg(name, doing, db.lastError())};
}

} // namespace

SavedSearchStore::SavedSearchStore(Database &db)
    : m_db(db)
{ }

QString SavedSearchStore::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return u"a saved search needs a name"_s;
    if (name != name.trimmed())
        return u"saved search '%1': a name may not start or end with a space"_s.arg(name);
    if (name.size() > kMaxNameLength)
        return u"saved search '%1…': a name may have at most %2 characters"_s.arg(name.left(20))
                .arg(kMaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return u"saved search '%1': a name may not contain a line break or a tab"_s.arg(
                    name.simplified());
    }
    return {};
}

QString SavedSearchStore::queryProblem(const QString &query)
{
    if (query.trimmed().isEmpty())
        return u"the query is empty"_s;
    const search::ParsedQuery parsed = search::parseQuery(query);
    return parsed.ok() ? QString() : parsed.error->message();
}

QList<SavedSearch> SavedSearchStore::all()
{
    QList<SavedSearch> out;
    Statement s(m_db,
                "SELECT id, name, query, created_at, updated_at FROM saved_searches"
                " ORDER BY name COLLATE NOCASE, id");
    while (s.step())
        out.append(searchFrom(s));
    return out;
}

std::optional<SavedSearch> SavedSearchStore::find(const QString &name)
{
    return findIn(m_db, name);
}

Result<SavedSearch> SavedSearchStore::save(const QString &name, const QString &query)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error {problem};
    if (const QString problem = queryProblem(query); !problem.isEmpty())
        return Error {CoreText::tr("saved search '%1': invalid query: %2").arg(name, problem)};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(m_db, name, u"save it"_s);
    if (const auto existing = findIn(m_db, name)) {
        return Error {CoreText::tr("saved search '%1': a saved search of that name exists already")
                              .arg(existing->name)};
    }
    const QString now = nowUtc();
    Statement insert(m_db,
                     "INSERT INTO saved_searches (name, query, created_at, updated_at)"
                     " VALUES (?1, ?2, ?3, ?3)");
    insert.bind(1, name).bind(2, query).bind(3, now);
    if (!insert.exec())
        return failed(m_db, name, u"save it"_s);
    const qint64 id = m_db.lastInsertId();
    if (!transaction.commit())
        return failed(m_db, name, u"save it"_s);
    return SavedSearch {id, name, query, now, now};
}

Result<SavedSearch> SavedSearchStore::edit(const QString &name, const QString &newName,
                                           const QString &newQuery)
{
    if (const QString problem = nameProblem(newName); !problem.isEmpty())
        return Error {problem};
    if (const QString problem = queryProblem(newQuery); !problem.isEmpty())
        return Error {CoreText::tr("saved search '%1': invalid query: %2").arg(newName, problem)};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(m_db, name, u"change it"_s);
    auto current = findIn(m_db, name);
    if (!current)
        return unknown(name);
    if (const auto other = findIn(m_db, newName); other && other->id != current->id) {
        return Error {CoreText::tr("saved search '%1': a saved search of that name exists already")
                              .arg(other->name)};
    }
    const QString now = nowUtc();
    Statement update(m_db,
                     "UPDATE saved_searches SET name = ?2, query = ?3, updated_at = ?4"
                     " WHERE id = ?1");
    update.bind(1, current->id).bind(2, newName).bind(3, newQuery).bind(4, now);
    if (!update.exec() || !transaction.commit())
        return failed(m_db, name, u"change it"_s);
    current->name = newName;
    current->query = newQuery;
    current->updatedAt = now;
    return *current;
}

Result<SavedSearch> SavedSearchStore::rename(const QString &name, const QString &newName)
{
    const auto current = findIn(m_db, name);
    if (!current)
        return unknown(name);
    return edit(name, newName, current->query);
}

Result<SavedSearch> SavedSearchStore::remove(const QString &name)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(m_db, name, u"delete it"_s);
    const auto current = findIn(m_db, name);
    if (!current)
        return unknown(name);
    Statement remove(m_db, "DELETE FROM saved_searches WHERE id = ?1");
    remove.bind(1, current->id);
    if (!remove.exec() || !transaction.commit())
        return failed(m_db, name, u"delete it"_s);
    return *current;
}

Status SavedSearchStore::restore(const SavedSearch &search)
{
    if (const QString problem = nameProblem(search.name); !problem.isEmpty())
        return Error {problem};
    if (const QString problem = queryProblem(search.query); !problem.isEmpty())
        return Error {
                CoreText::tr("saved search '%1': invalid query: %2").arg(search.name, problem)};
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(m_db, search.name, u"restore it"_s);
    if (const auto existing = findIn(m_db, search.name)) {
        return Error {CoreText::tr("saved search '%1': a saved search of that name exists already")
                              .arg(existing->name)};
    }
    // A new id when another search took the old one meanwhile.
    Statement insert(m_db,
                     "INSERT INTO saved_searches (id, name, query, created_at, updated_at)"
                     " VALUES ((SELECT CASE WHEN EXISTS (SELECT 1 FROM saved_searches WHERE"
                     " id = ?1) THEN NULL ELSE ?1 END), ?2, ?3, ?4, ?5)");
    insert.bind(1, search.id)
            .bind(2, search.name)
            .bind(3, search.query)
            .bind(4, search.createdAt)
            .bind(5, search.updatedAt);
    if (!insert.exec() || !transaction.commit())
        return failed(m_db, search.name, u"restore it"_s);
    return Done {};
}

} // namespace newsmark
