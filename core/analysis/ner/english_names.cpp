#include "analysis/ner/english_names.h"

#include <QRegularExpression>

#include <algorithm>

namespace newsmark::ner {

namespace {

bool isCapitalised(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper()
            && (word.size() == 1 || word[1].isLower() || word[1] == u'.' || word[1].isUpper());
}

template<size_t N>
bool among(QStringView word, const char16_t *const (&list)[N])
{
    return std::any_of(std::begin(list), std::end(list),
                       [&](const char16_t *w) { return word == QStringView(w); });
}

// Capitalised only because they start a sentence, or too generic to be a name.
const char16_t *const kFunctionWords[] = {
        u"The",       u"A",        u"An",     u"In",        u"On",        u"At",        u"But",
        u"And",       u"Or",       u"If",     u"When",      u"While",     u"After",     u"Before",
        u"Since",     u"As",       u"It",     u"Its",       u"This",      u"That",      u"These",
        u"Those",     u"He",       u"She",    u"They",      u"We",        u"I",         u"You",
        u"His",       u"Her",      u"Their",  u"Our",       u"For",       u"From",      u"With",
        u"By",        u"Of",       u"To",     u"So",        u"Yet",       u"Still",     u"However",
        u"Meanwhile", u"Also",     u"There",  u"Here",      u"What",      u"Why",       u"How",
        u"Who",       u"Mr",       u"Mr.",    u"Ms",        u"Ms.",       u"Mrs.",      u"Dr.",
        u"CEO",       u"AI",       u"Chief",  u"Executive", u"January",   u"February",  u"March",
        u"April",     u"May",      u"June",   u"July",      u"August",    u"September", u"October",
        u"November",  u"December", u"Monday", u"Tuesday",   u"Wednesday", u"Thursday",  u"Friday",
        u"Saturday",  u"Sunday"};
const char16_t *const kTitles[] = {
        u"Mr.",       u"Ms.",       u"Mrs.",     u"Dr.",        u"Mr",      u"Ms",
        u"Dr",        u"President", u"Chairman", u"Chairwoman", u"CEO",     u"Minister",
        u"Senator",   u"Governor",  u"Prof.",    u"Professor",  u"Judge",   u"Rep.",
        u"Sen.",      u"Secretary", u"chief",    u"executive",  u"founder", u"chairman",
        u"president", u"Vice"};
const char16_t *const kOrganizationWords[] = {u"Inc",
                                              u"Inc.",
                                              u"Corp",
                                              u"Corp.",
                                              u"Corporation",
                                              u"Co",
                                              u"Co.",
                                              u"Ltd",
                                              u"Ltd.",
                                              u"Group",
                                              u"Bank",
                                              u"Holdings",
                                              u"Electronics",
                                              u"Motors",
                                              u"Technologies",
                                              u"Technology",
                                              u"University",
                                              u"Ministry",
                                              u"Agency",
                                              u"Association",
                                              u"Fund",
                                              u"Partners",
                                              u"Capital",
                                              u"Systems",
                                              u"Labs",
                                              u"Institute",
                                              u"Council",
                                              u"Commission",
                                              u"Party",
                                              u"Department",
                                              u"Foundation",
                                              u"Airlines",
                                              u"Semiconductor",
                                              u"Energy",
                                              u"Securities",
                                              u"Insurance",
                                              u"Pharmaceuticals",
                                              u"Telecom",
                                              u"Communications",
                                              u"Office",
                                              u"Court",
                                              u"Reserve",
                                              u"Authority",
                                              u"Committee",
                                              u"Federation",
                                              u"Union",
                                              u"Times",
                                              u"News",
                                              u"Post"};
const char16_t *const kPlacePrepositions[] = {u"in", u"at", u"from", u"to", u"near"};

struct Word
{
    qsizetype start;
    qsizetype end;
    [[nodiscard]] QStringView in(QStringView text) const { return text.mid(start, end - start); }
};

} // namespace

QList<TypedRange> findEnglishEntities(QStringView text)
{
    QList<TypedRange> found;
    static const QRegularExpression dates(QStringLiteral(
            "\\b(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?(?: "
            "\\d{1,2}(?:st|nd|rd|th)?)?"
            "(?:,? \\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:19|20)\\d\\d)\\b"));
    static const QRegularExpression times(QStringLiteral(
            "\\b\\d{1,2}(?::\\d\\d)? ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\b(?:noon|midnight)\\b"));
    for (auto it = dates.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), m.capturedEnd(), EntityType::Date});
    }
    for (auto it = times.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found.append({m.capturedStart(), m.capturedEnd(), EntityType::Time});
    }

    std::vector<Word> words;
    for (qsizetype i = 0; i < text.size();) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size()
               && (text[end].isLetterOrNumber() || text[end] == u'-' || text[end] == u'&'
                   || (text[end] == u'.' && end + 1 < text.size() && text[end + 1] != u' ')))
            ++end;
        if (end < text.size() && text[end] == u'.' && end - i <= 3
            && isCapitalised(text.mid(i, end - i)))
            ++end; // "Inc.", "Mr.", "Dr."
        words.push_back({i, end});
        i = end;
    }
    auto sentenceStart = [&](size_t w) {
        if (w == 0)
            return true;
        for (qsizetype i = words[w].start - 1; i >= words[w - 1].end; --i) {
            const QChar c = text[i];
            if (c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == u'\n' || c == u':')
                return true;
        }
        return false;
    };
    for (size_t w = 0; w < words.size();) {
        const QStringView word = words[w].in(text);
        if (!isCapitalised(word) || among(word, kFunctionWords)) {
            ++w;
            continue;
        }
        size_t last = w;
        while (last + 1 < words.size()) {
            const Word &next = words[last + 1];
            const QStringView between = text.mid(words[last].end, next.start - words[last].end);
            if (between != u" " && between != u". ")
                break;
            if (between == u". " && words[last].in(text).size() > 2)
                break;
            const QStringView nextWord = next.in(text);
            if (isCapitalised(nextWord) && !among(nextWord, kFunctionWords)) {
                ++last;
                continue;
            }
            // "Bank of Korea", "University of Tokyo"
            if (nextWord == u"of" && last + 2 < words.size()
                && isCapitalised(words[last + 2].in(text))) {
                last += 2;
                continue;
            }
            break;
        }
        // "Shares of Northwind Holdings": the first word is capitalised only as the sentence's.
        if (sentenceStart(w) && last >= w + 2 && words[w + 1].in(text) == u"of")
            w += 2;
        const qsizetype start = words[w].start, end = words[last].end;
        const size_t count = last - w + 1;
        const QStringView before = w > 0 ? words[w - 1].in(text) : QStringView();
        const QStringView after =
                last + 1 < words.size() ? words[last + 1].in(text) : QStringView();
        std::optional<EntityType> type;
        if (among(words[last].in(text), kOrganizationWords) || among(word, kOrganizationWords))
            type = EntityType::Organization;
        else if (among(before, kTitles) || after == u"said" || after == u"says")
            type = EntityType::Person;
        else if (count == 1 && among(before, kPlacePrepositions) && !sentenceStart(w))
            type = EntityType::Location;
        else if (count >= 2 && count <= 3)
            type = EntityType::Person;
        if (type)
            found.append({start, end, *type});
        w = last + 1;
    }
    return found;
}

} // namespace newsmark::ner
