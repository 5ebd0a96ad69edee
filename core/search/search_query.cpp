#include "search/search_query.h"

#include "i18n/ui_language.h"

#include "analysis/amount_recognizer.h"
#include "analysis/ner/korean_particles.h"
#include "search/search_tokenizer.h"

#include <QDate>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace newsmark::search {

QString QueryError::message() const
{
    if (span.end <= span.start)
        return problem;
    const QString where = span.end - span.start == 1
            ? CoreText::tr("at %1").arg(span.start + 1)
            : CoreText::tr("at %1–%2").arg(span.start + 1).arg(span.end);
    // The position goes after the quoted part: "unknown field 'orgg' at 1–5; did you mean …".
    const qsizetype cut = problem.indexOf(u';');
    if (cut < 0)
        return problem + u' ' + where;
    return problem.left(cut) + u' ' + where + problem.mid(cut);
}

namespace {

struct FieldName
{
    QStringView name;
    QueryField field;
};

constexpr std::array kFields {
        FieldName {u"headline", QueryField::Headline}, FieldName {u"outlet", QueryField::Outlet},
        FieldName {u"reporter", QueryField::Reporter}, FieldName {u"note", QueryField::Note},
        FieldName {u"tag", QueryField::Tag},           FieldName {u"has", QueryField::HasNote},
        FieldName {u"is", QueryField::IsUnread},       FieldName {u"feed", QueryField::Feed},
        FieldName {u"date", QueryField::Date},         FieldName {u"person", QueryField::Person},
        FieldName {u"org", QueryField::Organization},  FieldName {u"place", QueryField::Place},
        FieldName {u"money", QueryField::Money},       FieldName {u"percent", QueryField::Percent},
        FieldName {u"rate", QueryField::Rate},
};

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min(
                    {above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

struct LexToken
{
    enum class Kind { Word, Phrase, Field, LeftParen, RightParen, Or, And, Not, End };
    Kind kind = Kind::End;
    QString text; // a word, a phrase's content, a field's value
    QString name; // a field's name
    bool quotedValue = false;
    QuerySpan span;
    QuerySpan nameSpan;
};

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

class Parser
{
public:
    explicit Parser(const QString &text)
        : m_text(text.toUcs4())
    {
        // Control characters (a NUL pasted from a binary, a tab) separate words like spaces: a
        // NUL inside a quoted string would end FTS5's reading of it (fuzz_query found that).
        for (uint &c : m_text) {
            if (c < 0x20 || c == 0x7F)
                c = ' ';
        }
    }

    ParsedQuery run()
    {
        ParsedQuery parsed;
        if (!lex()) {
            parsed.error = m_error;
            return parsed;
        }
        if (m_tokens.size() == 1) {
            parsed.error = QueryError {u"the query is empty"_s, {}};
            return parsed;
        }
        std::optional<QueryNode> root = parseOr();
        if (root && peek().kind != LexToken::Kind::End)
            root = fail(CoreText::tr("')' with no '(' before it"), peek().span);
        if (!root) {
            parsed.error = m_error;
            return parsed;
        }
        parsed.query.root = std::move(*root);
        return parsed;
    }

private:
    QString slice(int start, int end) const
    {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(m_text.constData()) + start,
                                 end - start);
    }

    bool lexFail(const QString &problem, QuerySpan span)
    {
        m_error = QueryError {problem, span};
        return false;
    }

    std::optional<QueryNode> fail(const QString &problem, QuerySpan span)
    {
        if (!m_failed)
            m_error = QueryError {problem, span};
        m_failed = true;
        return std::nullopt;
    }

    // Reads a quoted phrase from the quote at `at`; false when it is not closed.
    bool readQuoted(int &at, QString &content)
    {
        const int open = at;
        const int n = int(m_text.size());
        int close = open + 1;
        while (close < n && m_text.at(close) != u'"')
            ++close;
        if (close >= n)
            return lexFail(u"the quote is not closed"_s, {open, n});
        content = slice(open + 1, close);
        at = close + 1;
        return true;
    }

    bool lex()
    {
        const int n = int(m_text.size());
        int i = 0;
        while (i < n) {
            const char32_t c = m_text.at(i);
            if (isSpace(c)) {
                ++i;
                continue;
            }
            LexToken token;
            token.span.start = i;
            if (c == u'(' || c == u')') {
                token.kind = c == u'(' ? LexToken::Kind::LeftParen : LexToken::Kind::RightParen;
                token.span.end = ++i;
                m_tokens.push_back(token);
                continue;
            }
            if (c == u'-' && i + 1 < n && !isSpace(m_text.at(i + 1)) && m_text.at(i + 1) != u')'
                && m_text.at(i + 1) != u'-') {
                token.kind = LexToken::Kind::Not;
                token.span.end = ++i;
                m_tokens.push_back(token);
                continue;
            }
            if (c == u'"') {
                token.kind = LexToken::Kind::Phrase;
                if (!readQuoted(i, token.text))
                    return false;
                token.span.end = i;
                m_tokens.push_back(token);
                continue;
            }
            int end = i;
            int colon = -1;
            while (end < n) {
                const char32_t d = m_text.at(end);
                if (isSpace(d) || d == u'(' || d == u')' || d == u'"')
                    break;
                if (d == u':' && colon < 0)
                    colon = end;
                ++end;
            }
            const QString word = slice(i, end);
            bool fieldLike = colon > i;
            for (int k = i; k < colon && fieldLike; ++k) {
                const char32_t d = m_text.at(k);
                fieldLike = (d >= u'a' && d <= u'z') || (d >= u'A' && d <= u'Z');
            }
            if (fieldLike) {
                token.kind = LexToken::Kind::Field;
                token.name = slice(i, colon).toLower();
                token.nameSpan = {i, colon + 1};
                token.text = slice(colon + 1, end);
                if (token.text.isEmpty() && end < n && m_text.at(end) == u'"') {
                    token.quotedValue = true;
                    if (!readQuoted(end, token.text))
                        return false;
                }
                token.span.end = end;
                m_tokens.push_back(token);
                i = end;
                continue;
            }
            if (word == u"OR")
                token.kind = LexToken::Kind::Or;
            else if (word == u"AND")
                token.kind = LexToken::Kind::And;
            else if (word == u"NOT")
                token.kind = LexToken::Kind::Not;
            else
                token.kind = LexToken::Kind::Word;
            token.text = word;
            token.span.end = end;
            m_tokens.push_back(token);
            i = end;
        }
        LexToken end;
        end.span = {n, n};
        m_tokens.push_back(end);
        return true;
    }

    const LexToken &peek() const { return m_tokens.at(m_next); }
    const LexToken &take() { return m_tokens.at(m_next++); }

    static bool endsOperand(const LexToken &token)
    {
        return token.kind == LexToken::Kind::End || token.kind == LexToken::Kind::RightParen
                || token.kind == LexToken::Kind::Or || token.kind == LexToken::Kind::And;
    }

    std::optional<QueryNode> parseOr()
    {
        std::optional<QueryNode> left = parseAnd();
        if (!left)
            return left;
        if (peek().kind != LexToken::Kind::Or)
            return left;
        QueryNode node;
        node.kind = QueryNode::Kind::Or;
        node.span.start = left->span.start;
        node.children.push_back(std::move(*left));
        while (peek().kind == LexToken::Kind::Or) {
            const LexToken &op = take();
            if (endsOperand(peek()))
                return fail(CoreText::tr("OR needs something after it"), op.span);
            std::optional<QueryNode> right = parseAnd();
            if (!right)
                return right;
            node.children.push_back(std::move(*right));
        }
        node.span.end = node.children.back().span.end;
        return node;
    }

    std::optional<QueryNode> parseAnd()
    {
        std::vector<QueryNode> children;
        while (true) {
            const LexToken &next = peek();
            if (next.kind == LexToken::Kind::End || next.kind == LexToken::Kind::RightParen
                || next.kind == LexToken::Kind::Or) {
                break;
            }
            if (next.kind == LexToken::Kind::And) {
                const LexToken &op = take();
                if (children.empty())
                    return fail(CoreText::tr("AND needs something before it"), op.span);
                if (endsOperand(peek()))
                    return fail(CoreText::tr("AND needs something after it"), op.span);
                continue;
            }
            std::optional<QueryNode> child = parseUnary();
            if (!child)
                return child;
            children.push_back(std::move(*child));
        }
        if (children.empty()) {
            const LexToken &next = peek();
            if (next.kind == LexToken::Kind::Or)
                return fail(CoreText::tr("OR needs something before it"), next.span);
            if (next.kind == LexToken::Kind::RightParen)
                return fail(CoreText::tr("')' with no '(' before it"), next.span);
            return fail(CoreText::tr("the query is empty"), next.span);
        }
        if (children.size() == 1)
            return std::move(children.front());
        QueryNode node;
        node.kind = QueryNode::Kind::And;
        node.span = {children.front().span.start, children.back().span.end};
        node.children = std::move(children);
        return node;
    }

    std::optional<QueryNode> parseUnary()
    {
        if (++m_depth > 64)
            return fail(CoreText::tr("the query is nested too deeply"), peek().span);
        std::optional<QueryNode> node = parseUnaryInner();
        --m_depth;
        return node;
    }

    std::optional<QueryNode> parseUnaryInner()
    {
        const LexToken token = take();
        switch (token.kind) {
        case LexToken::Kind::Not: {
            if (endsOperand(peek()))
                return fail(CoreText::tr("'%1' needs something after it")
                                    .arg(slice(token.span.start, token.span.end)),
                            token.span);
            std::optional<QueryNode> child = parseUnary();
            if (!child)
                return child;
            QueryNode node;
            node.kind = QueryNode::Kind::Not;
            node.span = {token.span.start, child->span.end};
            node.children.push_back(std::move(*child));
            return node;
        }
        case LexToken::Kind::LeftParen: {
            if (peek().kind == LexToken::Kind::RightParen)
                return fail(CoreText::tr("nothing between the parentheses"),
                            {token.span.start, peek().span.end});
            std::optional<QueryNode> inner = parseOr();
            if (!inner)
                return inner;
            if (peek().kind != LexToken::Kind::RightParen)
                return fail(CoreText::tr("'(' is not closed"), token.span);
            inner->span = {token.span.start, take().span.end};
            return inner;
        }
        case LexToken::Kind::Word:
        case LexToken::Kind::Phrase:
            return term(QueryField::Text, token.text, token.kind == LexToken::Kind::Phrase,
                        token.span);
        case LexToken::Kind::Field: return field(token);
        case LexToken::Kind::RightParen:
            return fail(CoreText::tr("')' with no '(' before it"), token.span);
        case LexToken::Kind::Or:
        case LexToken::Kind::And:
        case LexToken::Kind::End: break;
        }
        return fail(CoreText::tr("something is missing here"), token.span);
    }

    std::optional<QueryNode> term(QueryField field, const QString &text, bool quoted,
                                  QuerySpan span)
    {
        if (tokenize(text, Tokenizer::Mode::Query).empty()) {
            if (quoted && text.trimmed().isEmpty())
                return fail(CoreText::tr("the quotes hold nothing"), span);
            return fail(CoreText::tr("'%1' has no letters or digits to search for").arg(text),
                        span);
        }
        QueryNode node;
        node.field = field;
        node.quoted = quoted;
        node.span = span;
        node.text = quoted ? text : withoutParticle(text);
        if (node.text != text)
            node.original = text;
        return node;
    }

    std::optional<QueryNode> filter(QueryField field, const LexToken &token)
    {
        QueryNode node;
        node.field = field;
        node.text = token.text;
        node.quoted = token.quotedValue;
        node.span = token.span;
        return node;
    }

    std::optional<QueryNode> field(const LexToken &token)
    {
        const FieldName *known = nullptr;
        for (const FieldName &f : kFields) {
            if (f.name == token.name)
                known = &f;
        }
        if (!known) {
            QString best;
            int bestDistance = 3;
            for (const FieldName &f : kFields) {
                const int d = editDistance(token.name, f.name);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = f.name.toString();
                }
            }
            if (!best.isEmpty())
                return fail(
                        CoreText::tr("unknown field '%1'; did you mean %2:?").arg(token.name, best),
                        token.nameSpan);
            QStringList names;
            for (const FieldName &f : kFields)
                names << f.name.toString() + u':';
            return fail(CoreText::tr("unknown field '%1'; the fields are %2")
                                .arg(token.name, names.join(u", "_s)),
                        token.nameSpan);
        }
        const QString &value = token.text;
        const QuerySpan valueSpan {token.nameSpan.end, token.span.end};
        if (value.isEmpty() && !token.quotedValue)
            return fail(CoreText::tr("%1: needs a value").arg(token.name), token.nameSpan);
        switch (known->field) {
        case QueryField::Headline:
        case QueryField::Outlet:
        case QueryField::Reporter:
        case QueryField::Note: {
            std::optional<QueryNode> node =
                    term(known->field, value, token.quotedValue,
                         token.quotedValue ? QuerySpan {valueSpan.start + 1, valueSpan.end - 1}
                                           : valueSpan);
            if (node)
                node->span = token.span;
            return node;
        }
        case QueryField::HasNote:
            if (value.compare(u"note"_s, Qt::CaseInsensitive) != 0
                && value.compare(u"notes"_s, Qt::CaseInsensitive) != 0)
                return fail(CoreText::tr("has: takes note (has:note), not '%1'").arg(value),
                            valueSpan);
            return filter(QueryField::HasNote, token);
        case QueryField::IsUnread: {
            const QString v = value.toLower();
            if (v == u"unread")
                return filter(QueryField::IsUnread, token);
            if (v == u"read")
                return filter(QueryField::IsRead, token);
            if (v == u"starred")
                return filter(QueryField::IsStarred, token);
            return fail(CoreText::tr("is: takes unread, read or starred, not '%1'").arg(value),
                        valueSpan);
        }
        case QueryField::Date: return date(token, valueSpan);
        case QueryField::Money:
        case QueryField::Percent: return amount(known->field, token, valueSpan);
        case QueryField::Rate: return rate(token, valueSpan);
        default: break;
        }
        if (value.trimmed().isEmpty())
            return fail(CoreText::tr("%1: needs a value").arg(token.name), token.span);
        return filter(known->field, token);
    }

    // "2025", "2025-03" or "2025-03-14": the first day of it and the first day after it.
    static bool period(const QString &text, QString &first, QString &after)
    {
        const QStringList parts = text.split(u'-');
        if (parts.isEmpty() || parts.size() > 3 || parts.first().size() != 4)
            return false;
        bool ok = true;
        const int year = parts.at(0).toInt(&ok);
        if (!ok)
            return false;
        int month = 1;
        int day = 1;
        if (parts.size() > 1) {
            month = parts.at(1).toInt(&ok);
            if (!ok || parts.at(1).size() != 2)
                return false;
        }
        if (parts.size() > 2) {
            day = parts.at(2).toInt(&ok);
            if (!ok || parts.at(2).size() != 2)
                return false;
        }
        const QDate start(year, month, day);
        if (!start.isValid())
            return false;
        QDate next;
        QString format;
        if (parts.size() == 1) {
            next = start.addYears(1);
            format = u"yyyy"_s;
        } else if (parts.size() == 2) {
            next = start.addMonths(1);
            format = u"yyyy-MM"_s;
        } else {
            next = start.addDays(1);
            format = u"yyyy-MM-dd"_s;
        }
        first = start.toString(format);
        after = next.toString(format);
        return true;
    }

    std::optional<QueryNode> date(const LexToken &token, QuerySpan valueSpan)
    {
        QString value = token.text;
        QueryNode node;
        node.field = QueryField::Date;
        node.text = value;
        node.span = token.span;
        auto bad = [&](const QString &part) {
            return fail(
                    CoreText::tr(
                            "'%1' is not a date; dates are 2025, 2025-03 or 2025-03-14, and "
                            "date: takes one, a range 2025-01..2025-03, or >, >=, <, <= and a date")
                            .arg(part),
                    valueSpan);
        };
        QString first;
        QString after;
        if (const qsizetype dots = value.indexOf(u".."_s); dots >= 0) {
            const QString from = value.left(dots);
            const QString to = value.mid(dots + 2);
            if (from.isEmpty() && to.isEmpty())
                return bad(value);
            if (!from.isEmpty()) {
                if (!period(from, first, after))
                    return bad(from);
                node.dateFrom = first;
            }
            if (!to.isEmpty()) {
                if (!period(to, first, after))
                    return bad(to);
                node.dateTo = after;
            }
            if (!node.dateFrom.isEmpty() && !node.dateTo.isEmpty() && node.dateFrom >= node.dateTo)
                return fail(CoreText::tr("the range %1 ends before it starts").arg(value),
                            valueSpan);
            return node;
        }
        for (const QStringView op : {u">=", u"<=", u">", u"<"}) {
            if (!value.startsWith(op))
                continue;
            const QString rest = value.mid(op.size());
            if (!period(rest, first, after))
                return bad(rest);
            if (op == u">=")
                node.dateFrom = first;
            else if (op == u">")
                node.dateFrom = after;
            else if (op == u"<")
                node.dateTo = first;
            else
                node.dateTo = after;
            return node;
        }
        if (!period(value, first, after))
            return bad(value);
        node.dateFrom = first;
        node.dateTo = after;
        return node;
    }

    // One amount, the whole of `text`: "1조원", "$1bn", "50" (percent:, with or without %).
    static std::optional<Amount> readAmount(QueryField field, QString text)
    {
        if (field == QueryField::Percent && !text.endsWith(u'%'))
            text += u'%';
        static const AmountRecognizer recognizer;
        const QList<Span> spans = recognizer.recognize(text);
        if (spans.size() != 1 || spans.front().start != 0 || spans.front().end != text.size())
            return std::nullopt;
        const SpanKind want = field == QueryField::Percent ? SpanKind::Percent : SpanKind::Money;
        const std::optional<Amount> amount = Amount::fromSpan(spans.front());
        if (spans.front().kind != want || !amount || !amount->value)
            return std::nullopt;
        return amount;
    }

    std::optional<QueryNode> amount(QueryField field, const LexToken &token, QuerySpan valueSpan)
    {
        QueryNode node;
        node.field = field;
        node.text = token.text;
        node.span = token.span;
        const QString value = token.text;
        auto bad = [&](const QString &part) {
            return fail(
                    field == QueryField::Money
                            ? CoreText::tr("'%1' is not an amount of money; write it as an article "
                                           "would: 1조원, 100억원, $1bn")
                                      .arg(part)
                            : CoreText::tr("'%1' is not a percentage; write 50 or 3.5%").arg(part),
                    valueSpan);
        };
        // A bound without its currency takes the other's: 100억..1000억원.
        auto read = [&](const QString &text, const std::optional<Amount> &other) {
            std::optional<Amount> amount = readAmount(field, text);
            if (!amount && other && field == QueryField::Money) {
                if (other->currency == u"KRW")
                    amount = readAmount(field, text + u'원');
                else if (other->currency == u"USD")
                    amount = readAmount(field, u'$' + text);
            }
            return amount;
        };
        if (const qsizetype dots = value.indexOf(u".."_s); dots >= 0) {
            const QString from = value.left(dots);
            const QString to = value.mid(dots + 2);
            if (from.isEmpty() && to.isEmpty())
                return bad(value);
            std::optional<Amount> high = to.isEmpty() ? std::nullopt : read(to, std::nullopt);
            std::optional<Amount> low = from.isEmpty() ? std::nullopt : read(from, high);
            if (!to.isEmpty() && !high)
                high = read(to, low);
            if (!from.isEmpty() && !low)
                return bad(from);
            if (!to.isEmpty() && !high)
                return bad(to);
            if (low && high && low->currency != high->currency)
                return fail(CoreText::tr("the range %1 has two currencies").arg(value), valueSpan);
            if (low && high && *low->value > *high->value)
                return fail(CoreText::tr("the range %1 ends before it starts").arg(value),
                            valueSpan);
            if (low) {
                node.low = low->value;
                node.currency = low->currency;
            }
            if (high) {
                node.high = high->value;
                node.currency = high->currency;
            }
            return node;
        }
        for (const QStringView op : {u">=", u"<=", u">", u"<"}) {
            if (!value.startsWith(op))
                continue;
            const QString rest = value.mid(op.size());
            const std::optional<Amount> bound = read(rest, std::nullopt);
            if (!bound)
                return bad(rest);
            node.currency = bound->currency;
            if (op.startsWith(u'>')) {
                node.low = bound->value;
                node.lowInclusive = op.size() == 2;
            } else {
                node.high = bound->value;
                node.highInclusive = op.size() == 2;
            }
            return node;
        }
        const std::optional<Amount> exact = read(value, std::nullopt);
        if (!exact)
            return bad(value);
        node.low = exact->value;
        node.high = exact->value;
        node.currency = exact->currency;
        return node;
    }

    // "USD=1400" (won per dollar: the won is the currency a Korean reader converts to) or
    // "EUR-USD=1.08": one of the first is worth that many of the second.
    std::optional<QueryNode> rate(const LexToken &token, QuerySpan valueSpan)
    {
        QueryNode node;
        node.field = QueryField::Rate;
        node.text = token.text;
        node.span = token.span;
        auto bad = [&] {
            return fail(CoreText::tr("'%1' is not a rate; write rate:USD=1400 (KRW per USD) or "
                                     "rate:EUR-USD=1.08 (USD per EUR)")
                                .arg(token.text),
                        valueSpan);
        };
        static const QRegularExpression form(
                u"^([A-Za-z]{3})(?:[-/]([A-Za-z]{3}))?=([0-9][0-9,]*(?:\\.[0-9]+)?)$"_s);
        const QRegularExpressionMatch match = form.match(token.text);
        if (!match.hasMatch())
            return bad();
        node.currency = match.captured(1).toUpper();
        node.rateQuote = match.hasCaptured(2) ? match.captured(2).toUpper() : u"KRW"_s;
        QString number = match.captured(3);
        number.remove(u',');
        const std::optional<Decimal> value = Decimal::parse(number);
        if (!value || !(*value > Decimal::fromInteger(0)))
            return bad();
        if (node.currency == node.rateQuote)
            return fail(
                    CoreText::tr("rate:%1 converts %2 into itself").arg(token.text, node.currency),
                    valueSpan);
        node.low = value;
        return node;
    }

    QList<uint> m_text;
    std::vector<LexToken> m_tokens;
    size_t m_next = 0;
    int m_depth = 0;
    bool m_failed = false;
    QueryError m_error;
};

} // namespace

ParsedQuery parseQuery(const QString &text)
{
    return Parser(text).run();
}

namespace {

bool readsFlags(const QueryNode &node)
{
    if (node.kind == QueryNode::Kind::Term)
        return node.field == QueryField::IsUnread || node.field == QueryField::IsRead
                || node.field == QueryField::IsStarred;
    return std::any_of(node.children.begin(), node.children.end(),
                       [](const QueryNode &child) { return readsFlags(child); });
}

} // namespace

bool readsFlags(const SearchQuery &query)
{
    return readsFlags(query.root);
}

QString fieldName(QueryField field)
{
    switch (field) {
    case QueryField::Text: return QString();
    case QueryField::IsUnread:
    case QueryField::IsRead:
    case QueryField::IsStarred: return u"is"_s;
    default: break;
    }
    for (const FieldName &f : kFields) {
        if (f.field == field)
            return f.name.toString();
    }
    return QString();
}

QString withoutParticle(const QString &word)
{
    // Particles that also end many nouns (도, 만, 나, 이, 과, 다, 인 …) are left on: 반도, 코로나,
    // 디스플레이, 효과 must be found as they are.
    static const QStringList kept {u"은"_s, u"는"_s, u"을"_s, u"를"_s, u"가"_s,
                                   u"의"_s, u"에"_s, u"와"_s, u"로"_s};
    const qsizetype length = ner::particleSuffixLength(word);
    if (length == 0 || word.size() - length < 2)
        return word;
    const QString particle = word.right(length);
    if (length == 1 && !kept.contains(particle))
        return word;
    if (length > 1 && (particle == u"이다" || particle == u"측" || particle.startsWith(u"측")))
        return word;
    const QStringView stem = QStringView(word).left(word.size() - length);
    if (!ner::isHangulSyllable(stem.back().unicode())
        || !ner::isHangulSyllable(stem.at(stem.size() - 2).unicode()))
        return word;
    return stem.toString();
}

} // namespace newsmark::search
