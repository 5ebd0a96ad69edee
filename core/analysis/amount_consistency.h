#pragma once

#include "analysis/amount.h"
#include "analysis/span.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace newsmark {

// A conversion the article itself writes in brackets: "5000억달러(약 720조원)",
// "$500 billion (about ₩720 trillion)". The rate is units of `to` per one unit of `from`.
struct ImpliedRate
{
    Span source; // 5000억달러
    Span converted; // 약 720조원
    QString from; // USD
    QString to; // KRW
    Decimal rate; // 1440
};

// Two amounts about the same subject, in different sentences, whose values differ by a little:
// likely the same figure written twice, one of them wrong or rounded differently.
struct AmountDisagreement
{
    Span first; // in reading order
    Span second;
    Decimal firstValue; // in `currency` (or `unit`)
    Decimal secondValue; // converted at the article's own rate when `converted`
    QString currency; // ISO code for money, empty for quantities
    QString unit; // quantities: the shared unit
    bool converted = false;
    double relativeDifference = 0; // |a - b| / max(|a|, |b|)
    QStringList sharedWords; // the subject words both places have
    // Which figure the article's own conversion contradicts. When one place is a bracketed
    // conversion whose two figures agree at the article's rate (5000억달러(약 720조원) at 1,440 KRW
    // per USD) and the other stands alone (730조원), the one alone is the odd one out; otherwise
    // the article does not say which is right.
    enum class OddOne { Undecided, First, Second };
    OddOne oddOne = OddOne::Undecided;
    std::optional<ImpliedRate> decidedBy; // the conversion that agrees with itself
    Decimal expected; // decidedBy's source at the article's rate, in decidedBy's `to` currency
};

struct ConsistencyOptions
{
    // Up to this relative difference two figures count as "the same, written differently";
    // beyond it they are taken to be different figures.
    double maxRelativeDifference = 0.10;
    int wordsBefore = 3; // subject window, in words, within the sentence
    int wordsAfter = 5;
};

// Every bracketed conversion between two money amounts in different currencies, in order.
QList<ImpliedRate> impliedRates(const QList<Span> &spans, QStringView text);

// The rate from one currency to another that the article implies: the first bracketed
// conversion between them, in either direction (inverted when written the other way round).
std::optional<Decimal> articleRate(const QList<ImpliedRate> &rates, const QString &from,
                                   const QString &to);

// The heuristic docs/AMOUNTS.md describes: money in one currency (or converted at the article's
// rate) and quantities with one unit, not ranges, in different sentences, differing by more than
// nothing and at most maxRelativeDifference, sharing a subject word near both, and not tied to
// different periods (2024년 / 2025년, 올해 / 지난해).
QList<AmountDisagreement> findDisagreements(const QList<Span> &spans, QStringView text,
                                            const ConsistencyOptions &options = {});

} // namespace newsmark
