#include "analysis/ner/english_rules.h"

#include "analysis/ner/gazetteer.h"

#include <algorithm>

namespace newsmark::ner {

namespace {

template<size_t N>
bool among(QStringView word, const char16_t *const (&list)[N])
{
    return std::any_of(std::begin(list), std::end(list),
                       [&](const char16_t *w) { return word == QStringView(w); });
}

// Last words of organization names.
const char16_t *const kOrganizationEnds[] = {u"Airways",
                                             u"Airlines",
                                             u"Airline",
                                             u"Bank",
                                             u"Banks",
                                             u"Group",
                                             u"Party",
                                             u"Inc",
                                             u"Inc.",
                                             u"Corp",
                                             u"Corp.",
                                             u"Corporation",
                                             u"plc",
                                             u"PLC",
                                             u"Ltd",
                                             u"Ltd.",
                                             u"Co.",
                                             u"Company",
                                             u"Council",
                                             u"Commission",
                                             u"Committee",
                                             u"Authority",
                                             u"Exchange",
                                             u"Fund",
                                             u"Service",
                                             u"Services",
                                             u"Department",
                                             u"Office",
                                             u"Assembly",
                                             u"Executive",
                                             u"Steel",
                                             u"Motors",
                                             u"Electronics",
                                             u"Holdings",
                                             u"Securities",
                                             u"Partners",
                                             u"Capital",
                                             u"Telecom",
                                             u"Energy",
                                             u"Foods",
                                             u"Stores",
                                             u"Insurance",
                                             u"Trust",
                                             u"Agency",
                                             u"Association",
                                             u"Union",
                                             u"Federation",
                                             u"Institute",
                                             u"University",
                                             u"College",
                                             u"Ministry",
                                             u"Court",
                                             u"Reserve",
                                             u"Board",
                                             u"Media",
                                             u"Systems",
                                             u"Technologies",
                                             u"Pharmaceuticals",
                                             u"Communications",
                                             u"Railways",
                                             u"Rail",
                                             u"Motor",
                                             u"Oil",
                                             u"Petroleum",
                                             u"Mobile",
                                             u"United",
                                             u"Rovers",
                                             u"Organization",
                                             u"Organisation",
                                             u"Parliament",
                                             u"Senate",
                                             u"Congress",
                                             u"Treasury",
                                             u"Bureau",
                                             u"Police"};
// First words of "X of Y" / "X for Y" organizations.
const char16_t *const kOrganizationHeads[] = {
        u"Bank",       u"House",         u"Department",   u"Ministry",     u"Office", u"University",
        u"Institute",  u"Council",       u"Chamber",      u"Court",        u"Board",  u"Bureau",
        u"Commission", u"Committee",     u"Federation",   u"Association",  u"Church", u"Academy",
        u"Society",    u"Confederation", u"Organisation", u"Organization", u"Union",  u"Secretary"};
const char16_t *const kPersonTitles[] = {
        u"Mr",           u"Mr.",    u"Mrs",      u"Mrs.",       u"Ms",         u"Ms.",
        u"Dr",           u"Dr.",    u"Prime",    u"Minister",   u"Chancellor", u"President",
        u"Secretary",    u"Home",   u"Foreign",  u"Governor",   u"Senator",    u"Sen.",
        u"Rep.",         u"Judge",  u"Chairman", u"Chairwoman", u"Chief",      u"Executive",
        u"Commissioner", u"Mayor",  u"General",  u"Gen.",       u"Prof.",      u"Professor",
        u"Vice",         u"Deputy", u"Shadow",   u"Former",     u"Leader",     u"Sir"};
const char16_t *const kHonorifics[] = {u"Mr", u"Mr.", u"Mrs", u"Mrs.",
                                       u"Ms", u"Ms.", u"Dr",  u"Dr."};
// Lowercase nouns naming a person's role: the capitalised name after one is a person, and the
// capitalised name before some of them an organization.
const char16_t *const kRolesBeforePerson[] = {
        u"leader",       u"chief",       u"executive", u"boss",      u"chairman",  u"chairwoman",
        u"founder",      u"governor",    u"president", u"candidate", u"minister",  u"secretary",
        u"spokesman",    u"spokeswoman", u"director",  u"analyst",   u"economist", u"mayor",
        u"commissioner", u"chancellor",  u"head",      u"owner",     u"officer",   u"MP"};
const char16_t *const kRolesAfterOrganization[] = {
        u"leader",     u"chief",     u"boss",      u"chairman",     u"chairwoman",
        u"founder",    u"president", u"candidate", u"shareholders", u"shares",
        u"unions",     u"officials", u"analysts",  u"spokesman",    u"spokeswoman",
        u"executives", u"bosses",    u"staff",     u"workers",      u"owner",
        u"investors",  u"boss",      u"director",  u"directors",    u"chief executive",
        u"profits",    u"sales"};
// Nouns after which a capitalised name is a company: "oil firm Yukos", "rivals Asda".
const char16_t *const kCompanyNouns[] = {
        u"firm",         u"company",   u"group",       u"carrier", u"airline",   u"retailer",
        u"supermarket",  u"rival",     u"rivals",      u"giant",   u"maker",     u"operator",
        u"insurer",      u"lender",    u"broadcaster", u"chain",   u"bank",      u"conglomerate",
        u"manufacturer", u"producer",  u"distributor", u"brewer",  u"publisher", u"label",
        u"party",        u"regulator", u"watchdog"};
// More nouns a sentence uses for the company it opened with: "..., the carmaker said".
const char16_t *const kCompanyCallbacks[] = {
        u"carmaker", u"chipmaker", u"drugmaker", u"miner",   u"airline", u"bank",
        u"insurer",  u"retailer",  u"company",   u"firm",    u"group",   u"lender",
        u"operator", u"maker",     u"giant",     u"brewer",  u"carrier", u"supermarket",
        u"business", u"designer",  u"developer", u"startup", u"utility", u"conglomerate"};
// Words after "X, the <company noun>" that make it the sentence's source.
const char16_t *const kReportingVerbs[] = {u"said",      u"says",      u"told",  u"added",
                                           u"announced", u"confirmed", u"warned"};
// Capitalised words that open sentences without being a name.
const char16_t *const kSentenceOpeners[] = {
        u"The",        u"A",         u"An",      u"It",         u"Its",       u"He",
        u"She",        u"They",      u"We",      u"I",          u"You",       u"This",
        u"That",       u"These",     u"Those",   u"There",      u"Their",     u"His",
        u"Her",        u"Our",       u"But",     u"And",        u"Or",        u"However",
        u"Meanwhile",  u"Earlier",   u"Later",   u"Separately", u"Last",      u"Next",
        u"In",         u"On",        u"At",      u"After",      u"Before",    u"While",
        u"When",       u"If",        u"As",      u"Analysts",   u"Investors", u"Shares",
        u"Markets",    u"Officials", u"Sales",   u"Profits",    u"Prices",    u"Traders",
        u"Economists", u"Workers",   u"Unions",  u"Ministers",  u"Critics",   u"Customers",
        u"Passengers", u"Some",      u"Many",    u"Most",       u"Both",      u"All",
        u"Each",       u"Other",     u"One",     u"Two",        u"Under",     u"Despite",
        u"For",        u"Following", u"During",  u"With",       u"From",      u"By",
        u"Since",      u"Although",  u"Because", u"Unlike",     u"Like",      u"According",
        u"Among",      u"Over",      u"To",      u"Until",      u"Without",   u"Within"};
// Capitalised words of dates (the date rules run beside these, not before them).
const char16_t *const kDateWords[] = {
        u"January",   u"February",  u"March",   u"April",    u"May",      u"June",      u"July",
        u"August",    u"September", u"October", u"November", u"December", u"Monday",    u"Tuesday",
        u"Wednesday", u"Thursday",  u"Friday",  u"Saturday", u"Sunday",   u"Christmas", u"Easter"};
// Lowercase words that do not follow a sentence's subject directly.
const char16_t *const kNotVerbs[] = {u"in",   u"on",    u"at",  u"of",   u"for",  u"to",
                                     u"with", u"from",  u"by",  u"and",  u"or",   u"the",
                                     u"a",    u"an",    u"as",  u"over", u"into", u"about",
                                     u"its",  u"their", u"his", u"her",  u"most", u"many"};
const char16_t *const kPersonPronouns[] = {u"he",  u"his", u"him", u"she",     u"her",    u"He",
                                           u"His", u"She", u"Her", u"himself", u"herself"};
// Verbs after a name written with its "'s" ("Sainsbury's rose", "Moody's cut its rating"): a
// possessive is followed by a noun, not by these.
const char16_t *const kVerbsAfterName[] = {
        u"said", u"says", u"rose",  u"fell",     u"cut",    u"has",    u"had",      u"is",
        u"was",  u"will", u"would", u"reported", u"agreed", u"warned", u"announced"};
// "shares in X", "a stake in X", "sales at X".
const char16_t *const kHoldings[] = {u"shares", u"Shares",  u"stake",   u"stakes",   u"sales",
                                     u"Sales",  u"profits", u"Profits", u"investors"};
// Capitalised words before a role noun that are adjectives, not organizations.
const char16_t *const kAdjectives[] = {u"Conservative", u"Liberal", u"Democrat", u"Republican",
                                       u"Democratic",   u"Tory",    u"Former",   u"Opposition",
                                       u"Party",        u"The",     u"A",        u"An"};
// Acronyms that are words, units or titles rather than organizations.
const char16_t *const kNotOrganizations[] = {
        u"CEO", u"CFO", u"COO", u"CTO", u"GDP", u"VAT", u"FTSE", u"TV", u"IT",  u"AI",  u"PM",
        u"MP",  u"MPs", u"GMT", u"BST", u"UTC", u"ID",  u"OK",   u"PC", u"CD",  u"DVD", u"IPO",
        u"AGM", u"US",  u"UK",  u"USA", u"I",   u"A",   u"AM",   u"PM", u"EST", u"ET",  u"CET",
        u"Q1",  u"Q2",  u"Q3",  u"Q4",  u"UAE", u"EPS", u"ISA",  u"HQ", u"CPI", u"RPI", u"LNG",
        u"SUV", u"VIP", u"II",  u"III", u"IV",  u"MSP", u"AM",   u"QC", u"MEP", u"MEPs"};

struct Entity
{
    qsizetype first = 0; // token indices, end exclusive
    qsizetype last = 0;
    EntityType type = EntityType::Person;
};

bool isCapitalised(QStringView w)
{
    return !w.isEmpty() && w[0].isUpper();
}

bool isAcronym(QStringView w)
{
    if (w.size() < 2 || w.size() > 5)
        return false;
    int upper = 0;
    for (QChar c : w) {
        if (c.isUpper())
            ++upper;
        else if (!c.isDigit() && c != u'&')
            return false;
    }
    return upper >= 2;
}

class Refiner
{
public:
    Refiner(QStringView text, const std::vector<EnglishToken> &tokens)
        : m_text(text)
        , m_tokens(tokens)
    { }

    [[nodiscard]] qsizetype count() const { return qsizetype(m_tokens.size()); }
    [[nodiscard]] QStringView word(qsizetype t) const
    {
        if (t < 0 || t >= count())
            return {};
        return m_text.mid(m_tokens[size_t(t)].start,
                          m_tokens[size_t(t)].end - m_tokens[size_t(t)].start);
    }
    // Tokens t and t + 1 written with one space between them (a name does not cross a comma).
    [[nodiscard]] bool joined(qsizetype t) const
    {
        return t + 1 < count() && m_tokens[size_t(t + 1)].start - m_tokens[size_t(t)].end <= 1;
    }
    // The capitalised run starting at t (capitalised words, joined by single spaces).
    [[nodiscard]] qsizetype runEnd(qsizetype t, qsizetype limit = 6) const
    {
        qsizetype end = t;
        while (end < count() && end - t < limit && isCapitalised(word(end))
               && word(end)[0].isLetter() && (end == t || joined(end - 1))) {
            ++end;
            // "Marks & Spencer", "AT & T"
            if (word(end) == u"&" && joined(end) && isCapitalised(word(end + 1)))
                ++end;
        }
        return end;
    }

    // A sentence's or a comma-joined clause's first word.
    [[nodiscard]] bool sentenceStart(qsizetype t) const
    {
        if (t == 0)
            return true;
        const QStringView before = word(t - 1);
        if (before == u"." || before == u"!" || before == u"?")
            return true;
        // A clause after a comma: "..., and Talvenor named ...".
        return (before == u"and" || before == u"but" || before == u"while") && word(t - 2) == u",";
    }
    // The token after the last of t's sentence.
    [[nodiscard]] qsizetype sentenceEnd(qsizetype t) const
    {
        while (t < count() && word(t) != u"." && word(t) != u"!" && word(t) != u"?")
            ++t;
        return t;
    }
    [[nodiscard]] bool possessive(qsizetype t) const
    {
        const QStringView w = word(t);
        return w.size() == 2 && (w[0] == u'\'' || w[0] == QChar(0x2019)) && (w[1] == u's');
    }

    [[nodiscard]] const Entity *at(qsizetype t) const
    {
        for (const Entity &e : m_entities) {
            if (e.first <= t && t < e.last)
                return &e;
        }
        return nullptr;
    }
    [[nodiscard]] bool free(qsizetype first, qsizetype last) const
    {
        return std::none_of(m_entities.begin(), m_entities.end(),
                            [&](const Entity &e) { return e.first < last && first < e.last; });
    }
    void set(qsizetype first, qsizetype last, EntityType type)
    {
        if (first >= last)
            return;
        m_entities.erase(
                std::remove_if(m_entities.begin(), m_entities.end(),
                               [&](const Entity &e) { return e.first < last && first < e.last; }),
                m_entities.end());
        m_entities.push_back({first, last, type});
    }

    std::vector<Entity> m_entities;

private:
    QStringView m_text;
    const std::vector<EnglishToken> &m_tokens;
};

qsizetype tokenAt(const std::vector<EnglishToken> &tokens, qsizetype offset, bool end)
{
    for (size_t t = 0; t < tokens.size(); ++t) {
        if (!end && tokens[t].start >= offset)
            return qsizetype(t);
        if (end && tokens[t].end >= offset)
            return qsizetype(t) + 1;
    }
    return qsizetype(tokens.size());
}

} // namespace

void refineEnglishEntities(QStringView text, const std::vector<EnglishToken> &tokens,
                           const Gazetteer &lists, QList<TypedRange> &entities)
{
    Refiner r(text, tokens);
    for (const TypedRange &e : entities)
        r.m_entities.push_back(
                {tokenAt(tokens, e.start, false), tokenAt(tokens, e.end, true), e.type});
    const qsizetype n = r.count();
    std::vector<bool> listStarts(size_t(n) + 1, false);

    // The curated names: organizations win over what overlaps them, places fill gaps.
    for (const GazetteerMatch &m : lists.find(text)) {
        const EntityType type = lists.entry(m.entry).type;
        const qsizetype first = tokenAt(tokens, m.start, false);
        const qsizetype last = tokenAt(tokens, m.end, true);
        if (first >= last || !isCapitalised(r.word(first)))
            continue;
        if (type != EntityType::Quantity)
            listStarts[size_t(first)] = true;
        if (type == EntityType::Organization)
            r.set(first, last, type);
        else if (type == EntityType::Location && r.free(first, last))
            r.set(first, last, type);
    }

    for (qsizetype t = 0; t < n; ++t) {
        const qsizetype end = r.runEnd(t);
        if (end == t)
            continue;
        // "Bank of England", "Department for Transport", "House of Commons".
        if (among(r.word(end - 1), kOrganizationHeads) && end + 1 < n && r.joined(end - 1)
            && (r.word(end) == u"of" || r.word(end) == u"for") && r.joined(end)) {
            const qsizetype tail = r.runEnd(end + 1, 4);
            if (tail > end + 1) {
                qsizetype first = t;
                while (first < end - 1 && among(r.word(first), kAdjectives))
                    ++first;
                r.set(first, tail, EntityType::Organization);
                t = tail - 1;
                continue;
            }
        }
        t = end - 1;
    }

    // Spans ending in an organization word, or a name followed by an acronym ("Lloyds TSB").
    for (Entity &e : r.m_entities) {
        const QStringView lastWord = r.word(e.last - 1);
        if (e.type != EntityType::Organization && e.last - e.first >= 2
            && (among(lastWord, kOrganizationEnds)
                || (isAcronym(lastWord) && !among(lastWord, kNotOrganizations))))
            e.type = EntityType::Organization;
    }
    for (qsizetype t = 0; t < n; ++t) {
        const qsizetype end = r.runEnd(t);
        if (end - t >= 2 && among(r.word(end - 1), kOrganizationEnds) && r.free(t, end)) {
            qsizetype first = t;
            while (first < end - 1 && among(r.word(first), kAdjectives))
                ++first;
            if (end - first >= 2)
                r.set(first, end, EntityType::Organization);
        }
        if (end > t)
            t = end - 1;
    }

    // People: titles stay outside; a name after an honorific or a role noun is a person.
    for (Entity &e : r.m_entities) {
        if (e.type != EntityType::Person)
            continue;
        while (e.last - e.first >= 2 && among(r.word(e.first), kPersonTitles))
            ++e.first;
        if (e.last - e.first == 1 && among(r.word(e.first), kPersonTitles))
            e.last = e.first; // dropped below
    }
    r.m_entities.erase(std::remove_if(r.m_entities.begin(), r.m_entities.end(),
                                      [](const Entity &e) { return e.first >= e.last; }),
                       r.m_entities.end());
    for (qsizetype t = 0; t + 1 < n; ++t) {
        const QStringView w = r.word(t);
        const bool honorific = among(w, kHonorifics);
        const bool role = among(w, kRolesBeforePerson)
                || (isCapitalised(w) && among(w, kPersonTitles) && !honorific);
        if ((!honorific && !role) || !r.joined(t))
            continue;
        // "Home" in "Home Affairs Committee" or "General" in "General Motors" is no title.
        if (const Entity *own = r.at(t); own && own->type != EntityType::Person)
            continue;
        qsizetype first = t + 1;
        // "chief executive Josef Ackermann", "Prime Minister Theresa May"
        while (first < n && r.joined(first) && !among(r.word(first), kHonorifics)
               && (among(r.word(first), kPersonTitles) || among(r.word(first), kRolesBeforePerson)))
            ++first;
        const qsizetype end = r.runEnd(first, 4);
        if (end == first)
            continue;
        const Entity *existing = r.at(first);
        // A known organization or place after a role word stays ("President Airlines" is no
        // person); a lone unknown word after a role word becomes a person only if untagged.
        const bool keep = existing && existing->type != EntityType::Person
                && (listStarts[size_t(existing->first)] || end - first == 1
                    || among(r.word(existing->last - 1), kOrganizationEnds));
        if (honorific || !keep)
            r.set(first, end, EntityType::Person);
        t = end - 1;
    }
    // Organizations before a role noun: "Ryanair chief", "Yukos shareholders", "Labour leader".
    for (qsizetype t = 0; t < n; ++t) {
        const qsizetype end = r.runEnd(t, 4);
        if (end == t)
            continue;
        const QStringView next = r.word(end);
        if (end < n && r.joined(end - 1) && among(next, kRolesAfterOrganization)) {
            qsizetype first = t;
            while (first < end
                   && (among(r.word(first), kAdjectives) || among(r.word(first), kPersonTitles)))
                ++first;
            const Entity *existing = r.at(first);
            const QStringView lastWord = r.word(end - 1);
            const bool adjective = lastWord.endsWith(u"an") || lastWord.endsWith(u"ese")
                    || lastWord.endsWith(u"ish") || among(lastWord, kAdjectives);
            // What the model found there gives way unless it came from the lists.
            if (first < end && !adjective && !(existing && listStarts[size_t(existing->first)]))
                r.set(first, end, EntityType::Organization);
        }
        t = end - 1;
    }
    // "oil firm Yukos", "rivals Sainsbury's and Asda", "shares in Siemens".
    for (qsizetype t = 0; t + 1 < n; ++t) {
        const QStringView w = r.word(t);
        qsizetype first = -1;
        if (among(w, kCompanyNouns) && r.joined(t))
            first = t + 1;
        else if ((w == u"in" || w == u"at" || w == u"of") && r.joined(t)
                 && among(r.word(t - 1), kHoldings) && r.joined(t - 1))
            first = t + 1;
        if (first < 0 || !isCapitalised(r.word(first)) || listStarts[size_t(first)])
            continue;
        const qsizetype end = r.runEnd(first, 4);
        if (end > first)
            r.set(first, end, EntityType::Organization);
    }
    // "Ocado, Tesco and Sainsbury's": a comma between names of a list ending in "and".
    auto listComma = [&](qsizetype comma) {
        const qsizetype end = r.runEnd(comma + 1, 4);
        qsizetype after = end;
        if (r.possessive(after))
            ++after;
        return end > comma + 1 && (r.word(after) == u"," || r.word(after) == u"and");
    };
    // "Lufthansa and Air France": the name after "and" is of the same kind as the one before.
    for (qsizetype t = 1; t + 1 < n; ++t) {
        if (!r.joined(t) || !(r.word(t) == u"and" || (r.word(t) == u"," && listComma(t)))
            || (r.word(t) == u"and" && !r.joined(t - 1)))
            continue;
        const Entity *before = r.at(t - 1);
        if (!before || before->type != EntityType::Organization || before->last != t)
            continue;
        const qsizetype end = r.runEnd(t + 1, 4);
        const Entity *after = r.at(t + 1);
        // The model's one-word person gives way ("BP and Nokia", "Ocado, Tesco and ..."), and
        // after "and" its one-word place ("Volkswagen and Hyundai"); a listed name does not, nor
        // a longer name of the model's ("Falcons, Senior Kory Lichtensteiger").
        const bool lone = after && after->first == t + 1 && after->last == end
                && end - after->first == 1
                && (after->type == EntityType::Person
                    || (after->type == EntityType::Location && r.word(t) == u"and"));
        if (end > t + 1 && !listStarts[size_t(t + 1)] && (r.free(t + 1, end) || lone))
            r.set(t + 1, end, EntityType::Organization);
    }
    // ... and "Barclays and Lloyds TSB": the one before "and" as the one after.
    for (qsizetype t = 1; t + 1 < n; ++t) {
        if (r.word(t) != u"and" || !r.joined(t) || !r.joined(t - 1))
            continue;
        const Entity *after = r.at(t + 1);
        if (!after || after->type != EntityType::Organization || after->first != t + 1)
            continue;
        qsizetype first = t;
        while (first > 0 && r.joined(first - 1) && isCapitalised(r.word(first - 1))
               && r.word(first - 1)[0].isLetter() && t - first < 4)
            --first;
        while (first < t && among(r.word(first), kAdjectives))
            ++first;
        const Entity *before = r.at(t - 1);
        // A one-word person of the model's gives way too ("Nissan and Honda") when the one
        // after is sure to be an organization: listed, an acronym or with an organization's end.
        const bool sure = listStarts[size_t(t + 1)]
                || (after->last - after->first == 1 && isAcronym(r.word(t + 1)))
                || among(r.word(after->last - 1), kOrganizationEnds);
        const bool lonePerson = sure && before && before->type == EntityType::Person
                && before->first == t - 1 && before->last == t && first == t - 1
                && !listStarts[size_t(t - 1)];
        if (first < t && (r.free(first, t) || lonePerson))
            r.set(first, t, EntityType::Organization);
    }
    // A name written with its "'s" (Sainsbury's, Moody's): an organization or a one-word person
    // of the model's followed by "'s" and a verb, a comma, "and" or the sentence's end takes the
    // "'s" and is an organization; a possessive is followed by a noun ("Samsung's profit").
    for (Entity &e : r.m_entities) {
        if (!r.possessive(e.last) || listStarts[size_t(e.first)]
            || !(e.type == EntityType::Organization
                 || (e.type == EntityType::Person && e.last - e.first == 1)))
            continue;
        const QStringView next = r.word(e.last + 1);
        if (among(next, kVerbsAfterName) || next == u"," || next == u"and" || next == u"."
            || e.last + 1 >= n) {
            e.last += 1;
            e.type = EntityType::Organization;
        }
    }
    // A company opens its sentence: an unknown capitalised name (or a person of the model's) at a
    // sentence's start, followed by a verb, is an organization when the sentence refers back to
    // it as one — "its" with no other noun phrase and no he/she between ("Unilever named a new
    // boss as its ..."), "..., the carmaker said", or "X named Y as chief executive".
    for (qsizetype t = 0; t < n; ++t) {
        if (!r.sentenceStart(t) || among(r.word(t), kSentenceOpeners))
            continue;
        const qsizetype end = r.runEnd(t, 3);
        if (end == t)
            continue;
        const Entity *existing = r.at(t);
        const bool modelPerson = existing && existing->type == EntityType::Person
                && existing->first == t && existing->last == end && !listStarts[size_t(t)];
        if (!(r.free(t, end) || modelPerson))
            continue;
        qsizetype verb = end;
        if (r.possessive(verb))
            ++verb;
        const QStringView next = r.word(verb);
        if (next.isEmpty() || !next[0].isLower() || among(next, kNotVerbs))
            continue;
        const qsizetype stop = r.sentenceEnd(end);
        bool person = false, company = false, nameBetween = false, theBetween = false;
        for (qsizetype u = verb; u < stop && !person; ++u) {
            const QStringView w = r.word(u);
            if (among(w, kPersonPronouns)) {
                person = true;
            } else if (w == u"its" && !theBetween && !nameBetween) {
                company = true;
            } else if (w == u"the" || w == u"The") {
                // "..., the carmaker said": the noun a few words on, then a reporting verb.
                if (r.word(u - 1) == u",") {
                    for (qsizetype v = u + 1; v < std::min(stop, u + 5); ++v) {
                        if (among(r.word(v), kCompanyCallbacks)
                            && (among(r.word(v + 1), kReportingVerbs) || r.word(v + 1) == u"of")) {
                            company = true;
                            break;
                        }
                    }
                }
                theBetween = true;
            } else if (w == u"as" && u > verb + 1
                       && (r.word(verb) == u"named" || r.word(verb) == u"appointed")) {
                // "Renault named X as chief executive": a company names its officers, and the
                // one it names is a person.
                for (qsizetype v = u + 1; v < std::min(stop, u + 4); ++v) {
                    if (among(r.word(v), kRolesBeforePerson))
                        company = true;
                }
                const qsizetype named = r.runEnd(verb + 1, 4);
                if (company && named == u && named - (verb + 1) >= 2)
                    r.set(verb + 1, named, EntityType::Person);
            } else if (isCapitalised(w) && w[0].isLetter()) {
                // "its" then belongs to the nearer name; dates and places own nothing.
                const Entity *other = r.at(u);
                if ((!among(w, kDateWords) && !among(w, kNotOrganizations) && !other)
                    || (other && other->type != EntityType::Date && other->type != EntityType::Time
                        && other->type != EntityType::Location))
                    nameBetween = true;
            }
        }
        if (company && !person)
            r.set(t, end, EntityType::Organization);
        t = end - 1;
    }
    // "the Competition and Markets Authority": one word, "and", then an organization's end; the
    // longer name swallows the one-word span it now covers.
    std::vector<Entity> merged;
    for (Entity &e : r.m_entities) {
        if (e.type != EntityType::Organization || !among(r.word(e.last - 1), kOrganizationEnds)
            || e.first < 3 || r.word(e.first - 1) != u"and" || !r.joined(e.first - 2)
            || !r.joined(e.first - 1))
            continue;
        const QStringView article = r.word(e.first - 3);
        const QStringView one = r.word(e.first - 2);
        if ((article == u"the" || article == u"The") && isCapitalised(one) && one[0].isLetter()) {
            e.first -= 2;
            merged.push_back(e);
        }
    }
    for (const Entity &m : merged) {
        std::erase_if(r.m_entities, [&](const Entity &e) {
            return m.first <= e.first && e.last <= m.last && e.last - e.first < m.last - m.first;
        });
    }
    // A nationality before a noun is no place: "the South Korean firm", "a Brazilian bank".
    std::erase_if(r.m_entities, [&](const Entity &e) {
        const QStringView last = r.word(e.last - 1);
        const QStringView next = r.word(e.last);
        const bool compass = e.last - e.first == 2
                && (r.word(e.first) == u"North" || r.word(e.first) == u"South"
                    || r.word(e.first) == u"East" || r.word(e.first) == u"West"
                    || r.word(e.first) == u"Central");
        return e.type == EntityType::Location && (e.last - e.first == 1 || compass)
                && (last.endsWith(u"ean") || last.endsWith(u"ian") || last.endsWith(u"ese")
                    || last.endsWith(u"ish"))
                && r.joined(e.last - 1) && !next.isEmpty() && next[0].isLower();
    });
    // Acronyms nobody tagged.
    for (qsizetype t = 0; t < n; ++t) {
        const QStringView w = r.word(t);
        if (!isAcronym(w) || among(w, kNotOrganizations))
            continue;
        const Entity *existing = r.at(t);
        if (!existing
            || (existing->type == EntityType::Person && existing->first == t
                && existing->last == t + 1))
            r.set(t, t + 1, EntityType::Organization);
    }

    // An acronym that is a word ("AI", "CEO") is no organization or person, whatever the model
    // said ("US" and "UK" stay places); before "of" it is a title, not the name's start ("CEO of
    // Nvidia" is Nvidia).
    for (Entity &e : r.m_entities) {
        if (e.type != EntityType::Organization && e.type != EntityType::Person)
            continue;
        qsizetype first = e.first;
        while (first + 1 < e.last && among(r.word(first), kNotOrganizations)
               && (r.word(first + 1) == u"of" || r.word(first + 1) == u"at"))
            first += 2;
        e.first = first;
    }
    std::erase_if(r.m_entities, [&](const Entity &e) {
        return e.last == e.first + 1
                && (e.type == EntityType::Organization || e.type == EntityType::Person)
                && among(r.word(e.first), kNotOrganizations);
    });

    std::sort(r.m_entities.begin(), r.m_entities.end(),
              [](const Entity &a, const Entity &b) { return a.first < b.first; });
    entities.clear();
    for (const Entity &e : r.m_entities)
        entities.append({tokens[size_t(e.first)].start, tokens[size_t(e.last - 1)].end, e.type});
}

} // namespace newsmark::ner
