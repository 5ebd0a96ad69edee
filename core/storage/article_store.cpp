#include "storage/article_store.h"

#include "i18n/ui_language.h"

#include "logging.h"

#include <QDateTime>
#include <QStringBuilder>

#include <algorithm>

namespace newsmark {

namespace {

constexpr char kColumns[] =
        "id, language, category, headline, subheadlines, outlet, reporter, email,"
        " copyright, published, body, source_path, content_hash, imported_at,"
        " is_read, is_starred, deleted_at, body_kinds";

// body_kinds: one letter per paragraph, '' when all are plain paragraphs.
constexpr char16_t kKindLetters[] = u"phlqc"; // in ParagraphKind's order

QString kindLetters(const QList<ParagraphKind> &kinds)
{
    QString letters;
    bool plain = true;
    letters.reserve(kinds.size());
    for (ParagraphKind kind : kinds) {
        plain = plain && kind == ParagraphKind::Paragraph;
        letters.append(QChar(kKindLetters[int(kind)]));
    }
    return plain ? QString() : letters;
}

QList<ParagraphKind> kindsFromLetters(const QString &letters)
{
    QList<ParagraphKind> kinds;
    kinds.reserve(letters.size());
    for (const QChar c : letters) {
        const auto at = std::char_traits<char16_t>::find(kKindLetters, 5, c.unicode());
        kinds.append(at ? ParagraphKind(at - kKindLetters) : ParagraphKind::Paragraph);
    }
    return kinds;
}

bool hasImages(const QList<Figure> &figures)
{
    return std::any_of(figures.cbegin(), figures.cend(),
                       [](const Figure &f) { return !f.data.isEmpty(); });
}

QStringList splitLines(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char('\n'));
}

Article articleFrom(const Statement &s)
{
    Article a;
    a.id = s.int64(0);
    a.language = s.text(1);
    a.category = s.text(2);
    a.headline = s.text(3);
    a.subheadlines = splitLines(s.text(4));
    a.outlet = s.text(5);
    a.reporter = s.text(6);
    a.email = s.text(7);
    a.copyright = s.text(8);
    a.published = s.text(9);
    a.paragraphs = splitLines(s.text(10));
    a.sourcePath = s.text(11);
    a.contentHash = s.text(12);
    a.importedAt = QDateTime::fromString(s.text(13), Qt::ISODate);
    a.read = s.int64(14) != 0;
    a.starred = s.int64(15) != 0;
    if (!s.isNull(16))
        a.deletedAt = QDateTime::fromString(s.text(16), Qt::ISODateWithMs);
    a.paragraphKinds = kindsFromLetters(s.text(17));
    return a;
}

// The ORDER BY of each list order; every one ends in id so paging is stable, and each matches an
// index of migration 0002 so SQLite walks the index instead of sorting.
QString orderBy(const ArticleQuery &q)
{
    // arg() rather than QStringBuilder: GCC 12 at -O2 raises a false -Warray-bounds on the builder.
    const QString dir = q.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    switch (q.sortKey) {
    case ArticleSortKey::Headline:
        return QStringLiteral(" ORDER BY headline COLLATE NOCASE %1, id %1").arg(dir);
    case ArticleSortKey::Outlet:
        return QStringLiteral(" ORDER BY outlet COLLATE NOCASE %1, sort_date %1, id %1").arg(dir);
    case ArticleSortKey::Published: break;
    }
    return QStringLiteral(" ORDER BY sort_date %1, id %1").arg(dir);
}

// "The row comes before article `idParam` in `query`'s order": the tuple the ORDER BY sorts on,
// compared with the article's own.
QString orderedBefore(const ArticleQuery &query, const QString &idParam, bool before = true)
{
    const bool greater = query.descending == before;
    QString key;
    switch (query.sortKey) {
    case ArticleSortKey::Headline:
        key = QStringLiteral(
                "(headline COLLATE NOCASE, id) %1 (SELECT headline, id FROM articles a "
                "WHERE a.id = %2)");
        break;
    case ArticleSortKey::Outlet:
        key = QStringLiteral(
                "(outlet COLLATE NOCASE, sort_date, id) %1 (SELECT outlet, sort_date, id "
                "FROM articles a WHERE a.id = %2)");
        break;
    case ArticleSortKey::Published:
        key = QStringLiteral(
                "(sort_date, id) %1 (SELECT sort_date, id FROM articles a WHERE a.id = %2)");
        break;
    }
    return key.arg(greater ? QStringLiteral(">") : QStringLiteral("<"), idParam);
}

QString likePattern(const QString &filter)
{
    QString escaped = filter.trimmed();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') % escaped % QLatin1Char('%');
}

// Filter words must each appear in the headline, outlet, reporter or category. The library or
// the Trash: the first term, always there, is the one the list indexes' WHERE repeats (0008).
// *narrowed says whether anything else narrows the list.
QString whereClause(const ArticleQuery &q, QStringList *patterns, bool *narrowed = nullptr)
{
    const QStringList words = q.filter.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList terms {q.trash ? QStringLiteral("deleted_at IS NOT NULL")
                               : QStringLiteral("deleted_at IS NULL")};
    for (const QString &w : words) {
        patterns->append(likePattern(w));
        const QString p = QStringLiteral("?%1").arg(patterns->size());
        terms << QStringLiteral("(headline LIKE %1 ESCAPE '\\' OR outlet LIKE %1 ESCAPE '\\' OR "
                                "reporter LIKE %1 ESCAPE '\\' OR category LIKE %1 ESCAPE '\\')")
                         .arg(p);
    }
    // A number, not text: written in place rather than bound.
    if (q.entityId > 0)
        terms << QStringLiteral("id IN (SELECT article_id FROM mentions WHERE entity_id = %1)")
                         .arg(q.entityId);
    if (q.feedId > 0)
        terms << QStringLiteral("id IN (SELECT article_id FROM feed_items WHERE feed_id = %1)")
                         .arg(q.feedId);
    if (!q.feedFolder.isEmpty()) {
        patterns->append(q.feedFolder);
        terms << QStringLiteral("id IN (SELECT i.article_id FROM feed_items i JOIN feeds f"
                                " ON f.id = i.feed_id WHERE f.folder = ?%1"
                                " OR substr(f.folder, 1, length(?%1) + 1) = ?%1 || '/')")
                         .arg(patterns->size());
    }
    if (q.unreadOnly)
        terms << QStringLiteral("is_read = 0");
    if (q.starredOnly)
        terms << QStringLiteral("is_starred = 1");
    if (narrowed)
        *narrowed = terms.size() > 1;
    return QStringLiteral(" WHERE ") % terms.join(QStringLiteral(" AND "));
}

void bindPatterns(Statement &s, const QStringList &patterns)
{
    for (int i = 0; i < patterns.size(); ++i)
        s.bind(i + 1, patterns.at(i));
}

// The article's text and metadata, in the order both the insert and the in-place update list
// them (content_hash .. body), from parameter `first` on.
void bindContent(Statement &s, int first, const Article &a, const QString &hash)
{
    s.bind(first, hash)
            .bind(first + 1, a.language)
            .bind(first + 2, a.category)
            .bind(first + 3, a.headline)
            .bind(first + 4, a.subheadlines.join(QLatin1Char('\n')))
            .bind(first + 5, a.outlet)
            .bind(first + 6, a.reporter)
            .bind(first + 7, a.email)
            .bind(first + 8, a.copyright)
            .bind(first + 9, a.published)
            .bind(first + 10, a.paragraphs.join(QLatin1Char('\n')));
}

} // namespace

ArticleStore::ArticleStore(Database &db)
    : m_db(db)
    , m_insert(db,
               "INSERT INTO articles (content_hash, language, category, headline, subheadlines,"
               " outlet, reporter, email, copyright, published, body, source_path, imported_at,"
               " sort_date, is_read, is_starred, body_kinds)"
               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
               " ?17)"
               " ON CONFLICT (content_hash) DO NOTHING")
    // Prepared once: the entity index reads every article of the library through find().
    , m_find(db,
             QByteArray(QByteArray("SELECT ") + kColumns + " FROM articles WHERE id = ?1")
                     .constData())
    , m_findFigures(db,
                    "SELECT before_paragraph, source_url, alt, mime_type, width, height"
                    " FROM article_figures WHERE article_id = ?1 ORDER BY ordinal")
    , m_findHash(db, "SELECT id, deleted_at IS NOT NULL FROM articles WHERE content_hash = ?1")
    , m_findSource(db, "SELECT id FROM articles WHERE source_path = ?1 ORDER BY id DESC LIMIT 1")
    // imported_at stays the first import: it is when the article entered the library, and an
    // undated article's list place (sort_date) comes from it, which an edit should not move.
    // The text changed, so the article is unread again; its star is the reader's and stays.
    , m_update(db,
               "UPDATE articles SET content_hash = ?2, language = ?3, category = ?4,"
               " headline = ?5, subheadlines = ?6, outlet = ?7, reporter = ?8, email = ?9,"
               " copyright = ?10, published = ?11, body = ?12, body_kinds = ?13,"
               " sort_date = CASE WHEN ?11 <> '' THEN ?11 ELSE imported_at END, is_read = 0"
               " WHERE id = ?1")
    , m_trashState(db, "SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1")
{ }

Result<InsertOutcome> ArticleStore::insertOne(const Article &a, SamePath samePath)
{
    const QString hash = a.contentHash.isEmpty() ? a.computeContentHash() : a.contentHash;
    if (samePath == SamePath::UpdateInPlace && !a.sourcePath.isEmpty()) {
        // The same text is a duplicate even from the same file: checked before the path.
        if (const auto same = storedWithHash(hash)) {
            // The same text saved again may bring what an earlier save could not (its images
            // were out of reach): the layout is filled in, never taken away.
            if (Status filled = fillInLayout(same->first, a); !filled)
                return Error {filled.error()};
            return InsertOutcome {same->first, true, false, same->second};
        }
        m_findSource.bind(1, a.sourcePath);
        const std::optional<ArticleId> previous = m_findSource.step()
                ? std::optional<ArticleId>(m_findSource.int64(0))
                : std::nullopt;
        m_findSource.reset();
        if (previous) {
            m_update.bind(1, *previous);
            bindContent(m_update, 2, a, hash);
            m_update.bind(13, kindLetters(a.paragraphKinds));
            // New images replace the stored ones; none (they could not be fetched, or a feed
            // item seen again) keeps them.
            if (!m_update.exec() || m_db.changes() != 1
                || (hasImages(a.figures) && !writeFigures(*previous, a.figures))) {
                return Error {
                        CoreText::tr("cannot update article %1 from %2: %3")
                                .arg(QString::number(*previous), a.sourcePath, m_db.lastError())};
            }
            qCInfo(lcStorage) << "article" << *previous << "updated from" << a.sourcePath;
            // A trashed article is rewritten where it is: deleting it was the user's word.
            return InsertOutcome {*previous, false, true, isInTrash(*previous)};
        }
    }
    const QDateTime imported =
            a.importedAt.isValid() ? a.importedAt : QDateTime::currentDateTimeUtc();
    const QString importedText = imported.toUTC().toString(Qt::ISODate);
    bindContent(m_insert, 1, a, hash);
    m_insert.bind(12, a.sourcePath)
            .bind(13, importedText)
            .bind(14, a.published.isEmpty() ? importedText : a.published)
            .bind(15, a.read)
            .bind(16, a.starred)
            .bind(17, kindLetters(a.paragraphKinds));
    if (!m_insert.exec())
        return Error {CoreText::tr("cannot store \"%1\": %2").arg(a.headline, m_db.lastError())};
    if (m_db.changes() == 1) {
        const ArticleId id = m_db.lastInsertId();
        if (!writeFigures(id, a.figures))
            return Error {CoreText::tr("cannot store the images of \"%1\": %2")
                                  .arg(a.headline, m_db.lastError())};
        return InsertOutcome {id, false};
    }
    const auto existing = storedWithHash(hash);
    return InsertOutcome {existing ? existing->first : 0, true, false,
                          existing && existing->second};
}

std::optional<std::pair<ArticleId, bool>> ArticleStore::storedWithHash(const QString &contentHash)
{
    m_findHash.bind(1, contentHash);
    std::optional<std::pair<ArticleId, bool>> stored;
    if (m_findHash.step())
        stored = std::pair(m_findHash.int64(0), m_findHash.int64(1) != 0);
    m_findHash.reset();
    return stored;
}

bool ArticleStore::isInTrash(ArticleId id)
{
    m_trashState.bind(1, id);
    const bool trashed = m_trashState.step() && m_trashState.int64(0) != 0;
    m_trashState.reset();
    return trashed;
}

Result<InsertOutcome> ArticleStore::insert(const Article &article)
{
    auto all = insertMany({article});
    if (!all)
        return Error {all.error()};
    return all.value().constFirst();
}

Result<QList<InsertOutcome>> ArticleStore::insertMany(const QList<Article> &articles,
                                                      SamePath samePath)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    QList<InsertOutcome> out;
    out.reserve(articles.size());
    for (const Article &a : articles) {
        auto one = insertOne(a, samePath);
        if (!one)
            return Error {one.error()}; // the transaction rolls back: none of the batch is kept
        out.append(one.value());
    }
    if (!tx.commit())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    return out;
}

bool ArticleStore::writeFigures(ArticleId id, const QList<Figure> &figures)
{
    Statement clear(m_db, "DELETE FROM article_figures WHERE article_id = ?1");
    clear.bind(1, id);
    if (!clear.exec())
        return false;
    Statement add(m_db,
                  "INSERT INTO article_figures (article_id, ordinal, before_paragraph,"
                  " source_url, alt, mime_type, width, height, data)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    qint64 ordinal = 0;
    for (const Figure &f : figures) {
        if (f.data.isEmpty())
            continue; // never fetched: nothing to show
        add.bind(1, id)
                .bind(2, ordinal++)
                .bind(3, qint64(f.beforeParagraph))
                .bind(4, f.sourceUrl)
                .bind(5, f.alt)
                .bind(6, QString::fromLatin1(f.mimeType))
                .bind(7, f.width)
                .bind(8, f.height)
                .bindBlob(9, f.data);
        if (!add.exec())
            return false;
        add.reset();
    }
    return true;
}

Status ArticleStore::fillInLayout(ArticleId id, const Article &a)
{
    const QString letters = kindLetters(a.paragraphKinds);
    if (!letters.isEmpty()) {
        Statement kinds(m_db,
                        "UPDATE articles SET body_kinds = ?2 WHERE id = ?1 AND body_kinds = ''");
        kinds.bind(1, id).bind(2, letters);
        if (!kinds.exec())
            return Error {
                    CoreText::tr("cannot update article %1: %2").arg(id).arg(m_db.lastError())};
    }
    if (!hasImages(a.figures) || hasFigures(id))
        return Done {};
    if (!writeFigures(id, a.figures))
        return Error {CoreText::tr("cannot store the images of article %1: %2")
                              .arg(id)
                              .arg(m_db.lastError())};
    return Done {};
}

std::optional<Article> ArticleStore::find(ArticleId id)
{
    m_find.bind(1, id);
    std::optional<Article> article;
    if (m_find.step())
        article = articleFrom(m_find);
    m_find.reset();
    if (!article)
        return article;
    m_findFigures.bind(1, id);
    while (m_findFigures.step()) {
        article->figures.append(Figure {m_findFigures.int64(0),
                                        m_findFigures.text(1),
                                        m_findFigures.text(2),
                                        m_findFigures.text(3).toLatin1(),
                                        int(m_findFigures.int64(4)),
                                        int(m_findFigures.int64(5)),
                                        {}});
    }
    m_findFigures.reset();
    return article;
}

bool ArticleStore::hasFigures(ArticleId id)
{
    Statement has(m_db, "SELECT 1 FROM article_figures WHERE article_id = ?1 LIMIT 1");
    has.bind(1, id);
    return has.step();
}

std::optional<Figure> ArticleStore::figure(ArticleId id, int ordinal)
{
    Statement s(m_db,
                "SELECT before_paragraph, source_url, alt, mime_type, width, height, data"
                " FROM article_figures WHERE article_id = ?1 AND ordinal = ?2");
    s.bind(1, id).bind(2, ordinal);
    if (!s.step())
        return std::nullopt;
    return Figure {s.int64(0),      s.text(1),       s.text(2), s.text(3).toLatin1(),
                   int(s.int64(4)), int(s.int64(5)), s.blob(6)};
}

std::optional<ArticleId> ArticleStore::findByHash(const QString &contentHash)
{
    m_findHash.bind(1, contentHash);
    std::optional<ArticleId> id;
    if (m_findHash.step())
        id = m_findHash.int64(0);
    m_findHash.reset();
    return id;
}

int ArticleStore::count(const ArticleQuery &query)
{
    QStringList patterns;
    bool narrowed = false;
    const QString where = whereClause(query, &patterns, &narrowed);
    // The whole library's count and the Trash's are kept up to date on write (0006, 0008):
    // count(*) would read an index of every article.
    const QString sql = !narrowed
            ? (query.trash ? QStringLiteral("SELECT trashed FROM library_counts")
                           : QStringLiteral("SELECT articles FROM library_counts"))
                    % QStringLiteral(" WHERE id = 1")
            : QStringLiteral("SELECT count(*) FROM articles") % where;
    Statement s(m_db, sql.toUtf8().constData());
    bindPatterns(s, patterns);
    return s.step() ? int(s.int64(0)) : 0;
}

QList<ArticleSummary> ArticleStore::page(const ArticleQuery &query, int offset, int limit)
{
    QStringList patterns;
    const QString sql =
            QStringLiteral("SELECT id, headline, outlet, sort_date, is_read, is_starred,"
                           " deleted_at, published = '', imported_at FROM articles")
            % whereClause(query, &patterns) % orderBy(query)
            % QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit).arg(offset);
    Statement s(m_db, sql.toUtf8().constData());
    bindPatterns(s, patterns);
    QList<ArticleSummary> rows;
    rows.reserve(limit);
    while (s.step()) {
        rows.append(ArticleSummary {s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4) != 0,
                                    s.int64(5) != 0, s.text(6), s.int64(7) != 0, s.text(8)});
    }
    return rows;
}

QList<ArticleSummary> ArticleStore::summaries(const ArticleQuery &query,
                                              const QList<ArticleId> &ids)
{
    QList<ArticleSummary> rows;
    if (ids.isEmpty())
        return rows;
    QStringList patterns;
    const QString where = whereClause(query, &patterns);
    QByteArray list = "[";
    for (const ArticleId id : ids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(id);
    }
    list += ']';
    // One statement for thousands of ids: a JSON array, joined by json_each.
    const QString sql =
            QStringLiteral("SELECT id, headline, outlet, sort_date, is_read, is_starred,"
                           " deleted_at, published = '', imported_at FROM articles")
            % where
            % QStringLiteral(" AND id IN (SELECT value FROM json_each(?%1))")
                      .arg(patterns.size() + 1);
    Statement s(m_db, sql.toUtf8().constData());
    bindPatterns(s, patterns);
    s.bind(int(patterns.size()) + 1, QString::fromLatin1(list));
    rows.reserve(ids.size());
    while (s.step()) {
        rows.append(ArticleSummary {s.int64(0), s.text(1), s.text(2), s.text(3), s.int64(4) != 0,
                                    s.int64(5) != 0, s.text(6), s.int64(7) != 0, s.text(8)});
    }
    return rows;
}

std::optional<int> ArticleStore::rowOf(const ArticleQuery &query, ArticleId id)
{
    // Rows before `id` in the list order: compare the same tuple the ORDER BY sorts on.
    QStringList patterns;
    const QString where = whereClause(query, &patterns);
    const QString idParam = QStringLiteral("?%1").arg(patterns.size() + 1);
    Statement exists(m_db,
                     (QStringLiteral("SELECT 1 FROM articles") % where
                      % QStringLiteral(" AND id = ") % idParam)
                             .toUtf8()
                             .constData());
    bindPatterns(exists, patterns);
    exists.bind(int(patterns.size()) + 1, id);
    if (!exists.step())
        return std::nullopt;

    const QString key = orderedBefore(query, idParam);
    const QString sql =
            QStringLiteral("SELECT count(*) FROM articles") % where % QStringLiteral(" AND ") % key;
    Statement s(m_db, sql.toUtf8().constData());
    bindPatterns(s, patterns);
    s.bind(int(patterns.size()) + 1, id);
    if (!s.step())
        return std::nullopt;
    return int(s.int64(0));
}

QList<ArticleId> ArticleStore::allIds()
{
    Statement s(m_db, "SELECT id FROM articles ORDER BY id");
    QList<ArticleId> ids;
    while (s.step())
        ids.append(s.int64(0));
    return ids;
}

namespace {
Status writeFlag(Database &db, const char *sql, const QList<ArticleId> &ids, bool value)
{
    Transaction tx(db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(db.lastError())};
    Statement s(db, sql);
    for (ArticleId id : ids) {
        s.bind(1, value).bind(2, id);
        if (!s.exec())
            return Error {CoreText::tr("cannot update article %1: %2").arg(id).arg(db.lastError())};
    }
    if (!tx.commit())
        return Error {CoreText::tr("cannot write to the library: %1").arg(db.lastError())};
    return Done {};
}
} // namespace

Status ArticleStore::markRead(const QList<ArticleId> &ids, bool read)
{
    return writeFlag(m_db, "UPDATE articles SET is_read = ?1 WHERE id = ?2", ids, read);
}

Status ArticleStore::markStarred(const QList<ArticleId> &ids, bool starred)
{
    return writeFlag(m_db, "UPDATE articles SET is_starred = ?1 WHERE id = ?2", ids, starred);
}

Result<FlagChange> ArticleStore::setFlag(const QList<ArticleId> &ids, ArticleFlag flag, bool value)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {QStringLiteral("cannot write to the library: %1").arg(m_db.lastError())};
    if (auto missing = missingArticles(ids))
        return *missing;
    Statement s(m_db,
                flag == ArticleFlag::Read
                        ? "UPDATE articles SET is_read = ?2 WHERE id = ?1 AND is_read <> ?2"
                        : "UPDATE articles SET is_starred = ?2 WHERE id = ?1 AND is_starred <> ?2");
    FlagChange change;
    for (const ArticleId id : ids) {
        if (change.changed.contains(id) || change.unchanged.contains(id))
            continue;
        s.bind(1, id).bind(2, value);
        if (!s.exec()) {
            return Error {QStringLiteral("cannot update article %1: %2")
                                  .arg(QString::number(id), m_db.lastError())};
        }
        (m_db.changes() == 1 ? change.changed : change.unchanged).append(id);
    }
    if (!tx.commit())
        return Error {QStringLiteral("cannot write to the library: %1").arg(m_db.lastError())};
    return change;
}

QList<ArticleId> ArticleStore::unreadIds(const ArticleQuery &query)
{
    ArticleQuery unread = query;
    unread.unreadOnly = true;
    QStringList patterns;
    const QString sql = QStringLiteral("SELECT id FROM articles") % whereClause(unread, &patterns)
            % orderBy(unread);
    Statement s(m_db, sql.toUtf8().constData());
    bindPatterns(s, patterns);
    QList<ArticleId> ids;
    while (s.step())
        ids.append(s.int64(0));
    return ids;
}

std::optional<ArticleId> ArticleStore::nextUnread(const ArticleQuery &query, ArticleId after)
{
    ArticleQuery unread = query;
    unread.unreadOnly = true;
    QStringList patterns;
    QString sql = QStringLiteral("SELECT id FROM articles") % whereClause(unread, &patterns);
    if (after > 0) {
        patterns.append(QString::number(after));
        sql += QStringLiteral(" AND ")
                % orderedBefore(unread, QStringLiteral("?%1").arg(patterns.size()), false);
    }
    sql += orderBy(unread) % QStringLiteral(" LIMIT 1");
    Statement s(m_db, sql.toUtf8().constData());
    bindPatterns(s, patterns);
    if (after > 0)
        s.bind(int(patterns.size()), after);
    if (!s.step())
        return std::nullopt;
    return s.int64(0);
}

// --- The Trash -----------------------------------------------------------------------------------

std::optional<Error> ArticleStore::missingArticles(const QList<ArticleId> &ids)
{
    Statement exists(m_db, "SELECT 1 FROM articles WHERE id = ?1");
    QStringList missing;
    for (const ArticleId id : ids) {
        exists.bind(1, id);
        if (!exists.step())
            missing.append(QString::number(id));
        exists.reset();
    }
    if (missing.isEmpty())
        return std::nullopt;
    return Error {CoreText::tr("there is no article %1").arg(missing.join(QStringLiteral(", ")))};
}

Result<TrashChange> ArticleStore::setTrashed(const QList<ArticleId> &ids, bool trashed)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    if (auto missing = missingArticles(ids))
        return *missing;
    // One time for the whole move: the articles deleted together are listed together.
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Statement s(m_db,
                trashed ? "UPDATE articles SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL"
                        : "UPDATE articles SET deleted_at = NULL"
                          " WHERE id = ?1 AND deleted_at IS NOT NULL");
    TrashChange change;
    for (const ArticleId id : ids) {
        if (change.changed.contains(id) || change.unchanged.contains(id))
            continue;
        s.bind(1, id);
        if (trashed)
            s.bind(2, now);
        if (!s.exec()) {
            return Error {CoreText::tr("cannot update article %1: %2")
                                  .arg(QString::number(id), m_db.lastError())};
        }
        (m_db.changes() == 1 ? change.changed : change.unchanged).append(id);
    }
    if (!tx.commit())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    qCInfo(lcStorage) << change.changed.size()
                      << (trashed ? "articles moved to the Trash" : "articles restored");
    return change;
}

Result<TrashChange> ArticleStore::moveToTrash(const QList<ArticleId> &ids)
{
    return setTrashed(ids, true);
}

Result<TrashChange> ArticleStore::restoreFromTrash(const QList<ArticleId> &ids)
{
    return setTrashed(ids, false);
}

Result<int> ArticleStore::purge(const QList<ArticleId> &ids)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    if (auto missing = missingArticles(ids))
        return *missing;
    QStringList outside;
    for (const ArticleId id : ids) {
        if (!isInTrash(id))
            outside.append(QString::number(id));
    }
    if (!outside.isEmpty()) {
        return Error {CoreText::tr("article %1 is not in the Trash (move it there first)")
                              .arg(outside.join(QStringLiteral(", ")))};
    }
    Statement s(m_db, "DELETE FROM articles WHERE id = ?1 AND deleted_at IS NOT NULL");
    int purged = 0;
    for (const ArticleId id : ids) {
        s.bind(1, id);
        if (!s.exec()) {
            return Error {CoreText::tr("cannot delete article %1: %2")
                                  .arg(QString::number(id), m_db.lastError())};
        }
        purged += m_db.changes();
    }
    if (!tx.commit())
        return Error {CoreText::tr("cannot write to the library: %1").arg(m_db.lastError())};
    qCInfo(lcStorage) << purged << "articles deleted for good";
    return purged;
}

Result<int> ArticleStore::emptyTrash()
{
    Transaction tx(m_db);
    if (!tx.isActive()
        || !m_db.exec("DELETE FROM articles WHERE deleted_at IS NOT NULL")) // articles_in_trash
        return Error {CoreText::tr("cannot empty the Trash: %1").arg(m_db.lastError())};
    const int purged = m_db.changes();
    if (!tx.commit())
        return Error {CoreText::tr("cannot empty the Trash: %1").arg(m_db.lastError())};
    qCInfo(lcStorage) << "the Trash emptied:" << purged << "articles deleted for good";
    return purged;
}

int ArticleStore::trashCount()
{
    ArticleQuery trash;
    trash.trash = true;
    return count(trash);
}

} // namespace newsmark
