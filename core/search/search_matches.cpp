#include "search/search_matches.h"

#include "search/search_tokenizer.h"

#include <QByteArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace search {

namespace {

bool isOneSyllable(const std::string &token)
{
    const QString text = QString::fromUtf8(token.data(), qsizetype(token.size()));
    const QList<uint> ucs4 = text.toUcs4();
    return ucs4.size() == 1 && isSyllabic(char32_t(ucs4.front()));
}

bool isTextField(QueryField field)
{
    return field == QueryField::Text || field == QueryField::Headline || field == QueryField::Outlet
            || field == QueryField::Reporter || field == QueryField::Note;
}

// The terms a query looks for (not those under NOT).
void collectPatterns(const QueryNode &node, bool negated, std::vector<Pattern> &patterns)
{
    if (node.kind == QueryNode::Kind::Not) {
        for (const QueryNode &child : node.children)
            collectPatterns(child, !negated, patterns);
        return;
    }
    if (node.kind != QueryNode::Kind::Term) {
        for (const QueryNode &child : node.children)
            collectPatterns(child, negated, patterns);
        return;
    }
    if (!negated && isTextField(node.field)) {
        Pattern pattern = patternFor(node.text);
        if (!pattern.tokens.empty())
            patterns.push_back(std::move(pattern));
    }
}

} // namespace

Pattern patternFor(const QString &text)
{
    Pattern pattern;
    for (OwnedToken &token : tokenize(text, Tokenizer::Mode::Query))
        pattern.tokens.push_back(std::move(token.text));
    pattern.prefix = !pattern.tokens.empty() && isOneSyllable(pattern.tokens.back());
    return pattern;
}

std::vector<Pattern> patternsOf(const SearchQuery &query)
{
    std::vector<Pattern> patterns;
    collectPatterns(query.root, false, patterns);
    return patterns;
}

QList<SearchMatch> matchesOf(const std::vector<Pattern> &patterns, const QString &text)
{
    if (patterns.empty() || text.isEmpty())
        return {};
    const std::vector<OwnedToken> tokens = tokenize(text, Tokenizer::Mode::Document);
    // Tokens by position (a run's last syllable shares its bigram's): those at position p are
    // tokens[first[p]] up to tokens[first[p + 1]].
    std::vector<size_t> first;
    first.reserve(tokens.size() + 1);
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (!tokens[i].colocated || first.empty())
            first.push_back(i);
    }
    const size_t positions = first.size();
    first.push_back(tokens.size());
    std::vector<std::pair<int, int>> bytes;
    for (const Pattern &pattern : patterns) {
        const size_t k = pattern.tokens.size();
        for (size_t p = 0; p + k <= positions; ++p) {
            int start = -1;
            int end = -1;
            bool all = true;
            for (size_t j = 0; j < k && all; ++j) {
                const std::string &want = pattern.tokens[j];
                const bool prefix = pattern.prefix && j + 1 == k;
                bool found = false;
                for (size_t t = first[p + j]; t < first[p + j + 1]; ++t) {
                    const std::string &have = tokens[t].text;
                    if (prefix ? have.compare(0, want.size(), want) == 0 : have == want) {
                        if (j == 0)
                            start = tokens[t].start;
                        // A one-syllable prefix marks its syllable, not the bigram.
                        end = prefix && k == 1 ? tokens[t].start + int(want.size()) : tokens[t].end;
                        found = true;
                        break;
                    }
                }
                all = found;
            }
            if (all)
                bytes.emplace_back(start, end);
        }
    }
    if (bytes.empty())
        return {};
    std::sort(bytes.begin(), bytes.end());
    // Byte offsets to code points.
    const QByteArray utf8 = text.toUtf8();
    std::vector<int> points(size_t(utf8.size()) + 1, 0);
    int count = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        points[size_t(i)] = count;
        if ((uchar(utf8.at(i)) & 0xC0) != 0x80)
            ++count;
    }
    points[size_t(utf8.size())] = count;
    QList<SearchMatch> merged;
    for (const auto &[start, end] : bytes) {
        const int s = points[size_t(start)];
        const int e = points[size_t(end)];
        if (!merged.isEmpty() && s <= merged.back().end)
            merged.back().end = std::max(merged.back().end, e);
        else
            merged.append({s, e});
    }
    return merged;
}

SearchSnippet snippetOf(const QString &text, const QList<SearchMatch> &matches)
{
    constexpr int kBefore = 40;
    constexpr int kLength = 200;
    QList<uint> ucs4 = text.toUcs4();
    for (uint &c : ucs4) {
        if (c == '\n' || c == '\t' || c == '\r')
            c = ' ';
    }
    const int first = matches.isEmpty() ? 0 : matches.front().start;
    int start = std::max(0, first - kBefore);
    // Start at a word where one is near.
    for (int k = start; k > 0 && k > start - 10; --k) {
        if (ucs4.at(k - 1) == ' ') {
            start = k;
            break;
        }
    }
    int end = std::min(int(ucs4.size()), start + kLength);
    // A match the cut would halve is shown whole.
    for (const SearchMatch &m : matches) {
        if (m.start < end && m.end > end)
            end = m.end;
    }
    SearchSnippet snippet;
    const int lead = start > 0 ? 1 : 0;
    snippet.text = (start > 0 ? u"…"_s : QString())
            + QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start,
                                end - start)
            + (end < ucs4.size() ? u"…"_s : QString());
    for (const SearchMatch &m : matches) {
        if (m.end <= start || m.start >= end)
            continue;
        snippet.matches.append(
                {std::max(m.start, start) - start + lead, std::min(m.end, end) - start + lead});
    }
    return snippet;
}

} // namespace search

QList<SearchMatch> findMatches(const search::SearchQuery &query, const QString &text)
{
    return search::matchesOf(search::patternsOf(query), text);
}

} // namespace newsmark
