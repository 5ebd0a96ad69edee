#include "amounts_dock.h"

#include "analysis/amount_readout.h"
#include "gui_settings.h"
#include "i18n/ui_language.h"
#include "library/shown_article.h"
#include "reader_bridge.h"
#include "reader_view.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringBuilder>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEnginePage>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

namespace {

constexpr int kStartRole = Qt::UserRole;
constexpr int kPushDelayMs = 250;
// What a cell keeps around its text (the style's margins, both sides) and under its lines.
constexpr int kCellMargins = 10;
constexpr int kRowPadding = 4;
// The disagreements' columns: the figure as written, where it stands, its value.
constexpr int kValueColumn = 2;

bool isAmount(const Span &span)
{
    return span.kind == SpanKind::Money || span.kind == SpanKind::Percent
            || span.kind == SpanKind::Quantity;
}

QString percent(double fraction)
{
    return QString::number(fraction * 100, 'f', fraction < 0.001 ? 2 : 1) + u'%';
}

void setRowToolTip(QTreeWidgetItem *item, const QString &tip)
{
    for (int c = 0; c < AmountsDock::ColumnCount; ++c) {
        const QString old = item->toolTip(c);
        item->setToolTip(c, old.isEmpty() ? tip : old % u'\n' % tip);
    }
}

} // namespace

AmountsDock::AmountsDock(GuiSettings &settings, ReaderView &reader, QWidget *parent)
    : QDockWidget(tr("Amounts"), parent)
    , m_settings(settings)
    , m_reader(reader)
    , m_currency(new QComboBox)
    , m_rateSource(new QComboBox)
    , m_pairLabel(new QLabel)
    , m_userRate(new QDoubleSpinBox)
    , m_rateInfo(new QLabel)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_split(new QSplitter(Qt::Vertical))
    , m_list(new QTreeWidget)
    , m_disagreeTitle(new QLabel(tr("Figures that disagree")))
    , m_disagreements(new QTreeWidget)
    , m_verdict(new QLabel)
    , m_pushTimer(new QTimer(this))
{
    setObjectName(u"amountsDock"_s);
    setAllowedAreas(Qt::AllDockWidgetAreas);

    m_currency->setObjectName(u"amountsCurrency"_s);
    m_currency->addItem(tr("Off"), QString());
    for (const QString &code : conversionCurrencies())
        m_currency->addItem(code, code);
    m_currency->setToolTip(tr("Convert the article's money amounts to this currency"));
    m_rateSource->setObjectName(u"amountsRateSource"_s);
    m_rateSource->addItem(tr("Article's rate"), true);
    m_rateSource->addItem(tr("My rate"), false);
    m_rateSource->setToolTip(tr("The rate the article implies with a conversion in brackets, "
                                "such as 5000억달러(약 720조원), or a rate you set"));
    m_userRate->setObjectName(u"amountsUserRate"_s);
    m_userRate->setRange(0, 1e7);
    m_userRate->setDecimals(4);
    m_userRate->setSpecialValueText(tr("not set"));
    m_userRate->setKeyboardTracking(false);
    m_userRate->setGroupSeparatorShown(true);
    m_userRate->setMinimumWidth(140);
    m_rateInfo->setObjectName(u"amountsRateInfo"_s);
    m_rateInfo->setWordWrap(true);
    m_rateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *convertLabel = new QLabel(tr("Convert to:"));
    convertLabel->setBuddy(m_currency);
    // Two rows, so that the panel's narrowest width (beside the reader) holds them: what to
    // convert to and at whose rate, then the user's rate.
    auto *controls = new QVBoxLayout;
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(convertLabel);
    choiceRow->addWidget(m_currency);
    choiceRow->addWidget(m_rateSource);
    choiceRow->addStretch(1);
    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_pairLabel);
    rateRow->addWidget(m_userRate);
    rateRow->addStretch(1);
    controls->addLayout(choiceRow);
    controls->addLayout(rateRow);

    m_empty->setObjectName(u"amountsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);

    m_list->setObjectName(u"amountsList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    // The columns share the panel's width, whatever it is (300 px beside the reader by default),
    // and long figures wrap inside their cell instead of widening the list: no horizontal
    // scrolling, and a new article does not change the panel's width.
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_list->header()->setMinimumSectionSize(40);
    // As the disagreements' below: rows laid out again while the sections settle must not leave
    // a scroll bar for a few pixels.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A row is as high as its exact figure needs at the column's width, which follows the panel.
    // Once the sections have settled: laying the rows out while the header resizes them
    // leaves the header wider than the list.
    connect(m_list->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ExactColumn)
            QMetaObject::invokeMethod(this, &AmountsDock::fitRowHeights, Qt::QueuedConnection);
    });
    connect(m_disagreements->header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == kValueColumn)
            QMetaObject::invokeMethod(this, &AmountsDock::fitRowHeights, Qt::QueuedConnection);
    });

    m_disagreements->setObjectName(u"amountsDisagreements"_s);
    m_disagreements->setHeaderLabels({tr("Figure"), tr("Where"), tr("Value")});
    m_disagreements->setWordWrap(true);
    // Every pair stays open, and a figure under it needs the room more than an arrow does.
    m_disagreements->setRootIsDecorated(false);
    m_disagreements->setItemsExpandable(false);
    m_disagreements->setIndentation(m_disagreements->fontMetrics().averageCharWidth() * 2);
    // Its sections stretch to the width; a row laid out a moment before the panel settles must
    // not leave a scroll bar for a few pixels.
    m_disagreements->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_disagreements->header()->setSectionResizeMode(QHeaderView::Stretch);
    m_disagreements->header()->setMinimumSectionSize(40);
    m_verdict->setObjectName(u"amountsVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_disagreeTitle->font();
    bold.setBold(true);
    m_disagreeTitle->setFont(bold);

    m_disagreePane = new QWidget;
    auto *lowerLayout = new QVBoxLayout(m_disagreePane);
    lowerLayout->setContentsMargins(0, 4, 0, 0);
    lowerLayout->addWidget(m_disagreeTitle);
    lowerLayout->addWidget(m_disagreements);
    lowerLayout->addWidget(m_verdict);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_list);
    m_split->addWidget(m_disagreePane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setSizes({600, 400});
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_split);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_rateInfo);
    layout->addWidget(m_stack, 1);
    setWidget(content);

    m_choice.currency = m_settings.amountsCurrency();
    m_choice.useArticleRate = m_settings.amountsUseArticleRate();
    m_choice.userRates = m_settings.amountsUserRates();
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_choice.currency)));
    m_rateSource->setCurrentIndex(m_choice.useArticleRate ? 0 : 1);

    m_pushTimer->setSingleShot(true);
    m_pushTimer->setInterval(kPushDelayMs);
    connect(m_pushTimer, &QTimer::timeout, this, [this] { m_reader.setConversion(m_choice); });
    connect(m_currency, &QComboBox::currentIndexChanged, this,
            [this] { setCurrency(m_currency->currentData().toString()); });
    connect(m_rateSource, &QComboBox::currentIndexChanged, this,
            [this] { setUseArticleRate(m_rateSource->currentData().toBool()); });
    connect(m_userRate, &QDoubleSpinBox::valueChanged, this, &AmountsDock::setUserRate);
    connect(m_list, &QTreeWidget::itemClicked, this, &AmountsDock::scrollReaderTo);
    connect(m_list, &QTreeWidget::itemActivated, this, &AmountsDock::scrollReaderTo);
    connect(m_disagreements, &QTreeWidget::itemClicked, this, &AmountsDock::scrollReaderTo);
    connect(m_disagreements, &QTreeWidget::itemActivated, this, &AmountsDock::scrollReaderTo);
    // Moving through the list with the keyboard follows along in the reader.
    for (QTreeWidget *tree : {m_list, m_disagreements}) {
        connect(tree, &QTreeWidget::currentItemChanged, this, [this, tree](QTreeWidgetItem *item) {
            if (tree->hasFocus())
                scrollReaderTo(item);
        });
    }
    // The shown article (another one, or new spans after a correction): the panel follows.
    connect(&m_reader.shown(), &ShownArticle::articleChanged, this, &AmountsDock::rebuild);
    connect(&m_reader.shown(), &ShownArticle::spansChanged, this, &AmountsDock::rebuild);
    connect(m_reader.bridge(), &ReaderBridge::highlightActivated, this,
            [this](ArticleId, const Span &span) { selectSpan(span); });

    m_reader.setConversion(m_choice);
    rebuild();
}

QSize AmountsDock::sizeHint() const
{
    // Under the reader the panel should leave the article most of the height.
    return {720, 220};
}

void AmountsDock::resizeEvent(QResizeEvent *event)
{
    QDockWidget::resizeEvent(event);
    // Beside the reader the disagreements go under the list; under it, beside the list.
    m_split->setOrientation(width() > 2 * height() ? Qt::Horizontal : Qt::Vertical);
}

void AmountsDock::setCurrency(const QString &code)
{
    if (code == m_choice.currency)
        return;
    m_choice.currency = code;
    m_settings.setAmountsCurrency(code);
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(code)));
    onChoiceChanged();
}

void AmountsDock::setUseArticleRate(bool useArticleRate)
{
    if (useArticleRate == m_choice.useArticleRate)
        return;
    m_choice.useArticleRate = useArticleRate;
    m_settings.setAmountsUseArticleRate(useArticleRate);
    m_rateSource->setCurrentIndex(useArticleRate ? 0 : 1);
    // A first "My rate" starts from the article's figure rather than from nothing.
    const QString key = pairKey(m_pair);
    if (!useArticleRate && !m_choice.userRates.contains(key) && !m_pair.base.isEmpty()) {
        if (const auto rate = articleRate(m_implied, m_pair.base, m_pair.quote)) {
            m_choice.userRates.insert(key, rate->rounded(4));
            m_settings.setAmountsUserRate(key, m_choice.userRates.value(key));
        }
    }
    onChoiceChanged();
}

void AmountsDock::setUserRate(double value)
{
    const QString key = pairKey(m_pair);
    // The spin box shows its value to its decimals: that text is the exact rate the user typed.
    const std::optional<Decimal> rate = value > 0
            ? Decimal::parse(QString::number(value, 'f', m_userRate->decimals()))
            : std::nullopt;
    if (m_pair.base.isEmpty()
        || (rate ? m_choice.userRates.value(key) == *rate : !m_choice.userRates.contains(key)))
        return;
    if (rate)
        m_choice.userRates.insert(key, *rate);
    else
        m_choice.userRates.remove(key);
    m_settings.setAmountsUserRate(key, rate);
    onChoiceChanged();
}

void AmountsDock::reloadSettings()
{
    ConversionChoice choice;
    choice.currency = m_settings.amountsCurrency();
    choice.useArticleRate = m_settings.amountsUseArticleRate();
    choice.userRates = m_settings.amountsUserRates();
    if (choice == m_choice)
        return;
    m_choice = choice;
    {
        const QSignalBlocker currencyBlocker(m_currency);
        const QSignalBlocker sourceBlocker(m_rateSource);
        m_currency->setCurrentIndex(std::max(0, m_currency->findData(m_choice.currency)));
        m_rateSource->setCurrentIndex(m_choice.useArticleRate ? 0 : 1);
    }
    onChoiceChanged();
}

void AmountsDock::onChoiceChanged()
{
    updateRateControls();
    updateConversion();
    m_pushTimer->start();
}

void AmountsDock::rebuild()
{
    m_amounts.clear();
    m_text.clear();
    if (const auto &article = m_reader.shown().article()) {
        m_text = article->canonicalText();
        for (const Span &span : m_reader.shown().spans()) {
            if (isAmount(span))
                m_amounts.append(span);
        }
    }
    m_implied = impliedRates(m_amounts, m_text);
    updateRateControls();
    fillAmounts();
    fillDisagreements();
    fitRowHeights();
    updateConversion();
    if (!m_reader.shown().article())
        m_empty->setText(tr("Open an article to list its amounts."));
    else if (m_amounts.isEmpty())
        m_empty->setText(tr("No amounts in this article: no money, percentages or counted "
                            "quantities were found."));
    m_stack->setCurrentIndex(m_amounts.isEmpty() ? 0 : 1);
}

void AmountsDock::fitRowHeights()
{
    // Two lines at least (the Reading column wraps too), more where the figure needs them. A
    // changed size hint re-measures its row (QTreeView::dataChanged).
    const auto fit = [](QTreeWidgetItem *item, int column, int width, int minLines) {
        const QFontMetrics metrics = item->treeWidget()->fontMetrics();
        const int needed =
                metrics.boundingRect(QRect(0, 0, std::max(20, width - kCellMargins), 10000),
                                     Qt::TextWordWrap, item->text(column))
                        .height();
        item->setSizeHint(
                column, QSize(0, std::max(minLines * metrics.lineSpacing(), needed) + kRowPadding));
    };
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        fit(m_list->topLevelItem(i), ExactColumn, m_list->columnWidth(ExactColumn), 2);
    // The disagreements' figures under each pair, their values wrapped like the list's.
    for (int i = 0; i < m_disagreements->topLevelItemCount(); ++i) {
        QTreeWidgetItem *pair = m_disagreements->topLevelItem(i);
        for (int c = 0; c < pair->childCount(); ++c)
            fit(pair->child(c), kValueColumn, m_disagreements->columnWidth(kValueColumn), 1);
    }
}

// A break allowed after each digit group's comma (a zero-width space): a long figure wraps
// inside its narrow column ("₩730,000," over "000,000,000") instead of being cut to "₩730,0…".
QString AmountsDock::wrappableFigure(const QString &figure)
{
    QString text = figure;
    text.replace(u","_s, u",\u200B"_s);
    return text;
}

void AmountsDock::fillAmounts()
{
    m_list->clear();
    m_list->setHeaderLabels({tr("Amount"), tr("Exact value"), tr("Reading"), tr("Converted")});
    QList<QTreeWidgetItem *> rows;
    for (const Span &span : std::as_const(m_amounts)) {
        const QStringView written = QStringView(m_text).mid(span.start, span.length());
        const auto amount = Amount::fromSpan(span);
        auto *item = new QTreeWidgetItem;
        item->setText(WrittenColumn, written.toString());
        item->setData(WrittenColumn, kStartRole, qlonglong(span.start));
        item->setToolTip(WrittenColumn, placeOf(span.start));
        if (amount) {
            item->setText(ExactColumn, wrappableFigure(readExact(*amount)));
            // Also on hover, with the rate it was converted at where there is one.
            item->setToolTip(ExactColumn, readExact(*amount));
            // The other language's scales: that is where a factor of ten gets lost.
            item->setText(ReadingColumn, otherReading(*amount, written));
        }
        rows.append(item);
    }
    for (const ImpliedRate &rate : std::as_const(m_implied)) {
        const QString tip = tr("Converted in the article: %1 — %2")
                                    .arg(impliedRateText(rate, m_text),
                                         describeRate(rate.from, rate.to, rate.rate));
        for (QTreeWidgetItem *item : std::as_const(rows)) {
            const auto start = item->data(WrittenColumn, kStartRole).toLongLong();
            if (start == rate.source.start || start == rate.converted.start)
                setRowToolTip(item, tip);
        }
    }
    m_list->addTopLevelItems(rows);
}

void AmountsDock::fillDisagreements()
{
    m_disagreements->clear();
    const QList<AmountDisagreement> found = findDisagreements(m_amounts, m_text);
    m_disagreePane->setVisible(!found.isEmpty());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto written = [this](const Span &s) { return m_text.mid(s.start, s.length()); };
    auto valueText = [](const AmountDisagreement &d, const Decimal &value) {
        Amount a;
        a.kind = d.currency.isEmpty() ? SpanKind::Quantity : SpanKind::Money;
        a.value = value;
        a.currency = d.currency;
        a.unit = d.unit;
        return readExact(a);
    };
    QStringList verdicts;
    for (const AmountDisagreement &d : found) {
        // The article's own conversion decides which figure is wrong, when it can.
        QString verdict;
        const Span *odd = d.oddOne == AmountDisagreement::OddOne::First ? &d.first
                : d.oddOne == AmountDisagreement::OddOne::Second        ? &d.second
                                                                        : nullptr;
        if (odd && d.decidedBy) {
            Amount expected;
            expected.kind = SpanKind::Money;
            expected.value = d.expected;
            expected.currency = d.decidedBy->to;
            verdict = tr("%1 (%2) is the odd one out: %3 at the article's own rate of %4 is %5.")
                              .arg(written(*odd), placeOf(odd->start), written(d.decidedBy->source),
                                   describeRate(d.decidedBy->from, d.decidedBy->to,
                                                d.decidedBy->rate),
                                   readExact(expected));
        } else {
            verdict = tr("%1 and %2: the article does not say which is right.")
                              .arg(written(d.first), written(d.second));
        }
        verdicts << verdict;
        const QString summary =
                tr("%1 vs %2: %3 apart")
                        .arg(written(d.first), written(d.second), percent(d.relativeDifference));
        const QString about = tr("About: %1").arg(d.sharedWords.join(u", "_s));
        auto *pair = new QTreeWidgetItem(m_disagreements, {summary});
        pair->setIcon(0, warning);
        pair->setToolTip(0, about % u'\n' % verdict);
        pair->setFirstColumnSpanned(true);
        pair->setData(0, kStartRole, qlonglong(d.first.start));
        const std::pair<const Span *, const Decimal *> places[] = {{&d.first, &d.firstValue},
                                                                   {&d.second, &d.secondValue}};
        for (const auto &[span, value] : places) {
            QString valueShown = valueText(d, *value);
            if (span == &d.second && d.converted)
                valueShown += tr(" (at the article's rate)");
            // The value wraps at its digit groups like the list's; the figure as written, cut
            // short under the row's indent and icon, is whole in its tooltip.
            auto *place = new QTreeWidgetItem(
                    pair, {written(*span), placeOf(span->start), wrappableFigure(valueShown)});
            place->setData(0, kStartRole, qlonglong(span->start));
            place->setToolTip(kValueColumn, valueShown);
            place->setToolTip(0, written(*span));
            if (span == odd) {
                place->setIcon(0, warning);
                place->setToolTip(0, written(*span) % u"\n"_s % verdict);
            }
        }
        pair->setExpanded(true);

        // The rows of both figures in the list carry the flag too.
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = m_list->topLevelItem(i);
            const auto start = row->data(WrittenColumn, kStartRole).toLongLong();
            if (start != d.first.start && start != d.second.start)
                continue;
            const Span &other = start == d.first.start ? d.second : d.first;
            row->setIcon(WrittenColumn, warning);
            QFont font = row->font(WrittenColumn);
            font.setBold(true);
            row->setFont(WrittenColumn, font);
            setRowToolTip(row,
                          tr("Disagrees with %1 (%2): %3 apart")
                                  .arg(written(other), placeOf(other.start),
                                       percent(d.relativeDifference)));
        }
    }
    m_verdict->setText(koreanParticles(verdicts.join(u'\n')));
}

void AmountsDock::updateRateControls()
{
    const QString &target = m_choice.currency;
    // The pair the rate box edits: the article's most frequent money currency that is not the
    // target, or dollars.
    QMap<QString, int> counts;
    for (const Span &span : std::as_const(m_amounts)) {
        const QString code = span.amount ? span.amount->currency : QString();
        if (span.kind == SpanKind::Money && !code.isEmpty() && code != target)
            ++counts[code];
    }
    QString foreign = target == u"USD"_s ? u"KRW"_s : u"USD"_s;
    int best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            foreign = it.key();
        }
    }
    m_pair = target.isEmpty() ? CurrencyPair() : currencyPair(foreign, target);

    const bool on = !target.isEmpty();
    m_rateSource->setEnabled(on);
    m_pairLabel->setVisible(on);
    m_userRate->setVisible(on);
    m_userRate->setEnabled(on && !m_choice.useArticleRate);
    {
        const QSignalBlocker block(m_userRate);
        m_pairLabel->setText(on ? tr("1 %1 =").arg(m_pair.base) : QString());
        m_userRate->setSuffix(on ? u' ' + m_pair.quote : QString());
        // Won and yen per unit need no more than cents; the rest need four places (1.0823).
        const bool smallUnit = m_pair.quote == u"KRW"_s || m_pair.quote == u"JPY"_s;
        m_userRate->setDecimals(smallUnit ? 2 : 4);
        const auto rate = m_choice.userRates.constFind(pairKey(m_pair));
        m_userRate->setValue(rate == m_choice.userRates.constEnd() ? 0.0 : rate->toDouble());
    }

    QStringList info;
    if (m_implied.isEmpty()) {
        info << tr("Article's rate: none (the article converts no amount in brackets).");
    } else {
        QStringList rates;
        for (const ImpliedRate &r : std::as_const(m_implied)) {
            // A conversion repeated in a sub-headline and the body is one rate, said once.
            const QString line =
                    tr("%1, from %2")
                            .arg(describeRate(r.from, r.to, r.rate), impliedRateText(r, m_text));
            if (!rates.contains(line))
                rates << line;
        }
        info << tr("Article's rate: %1.").arg(rates.join(u"; "_s));
    }
    if (on && !m_pair.base.isEmpty()) {
        const QString from = m_pair.base == target ? m_pair.quote : m_pair.base;
        const auto rate = resolveRate(m_choice, from, m_implied, m_text);
        if (rate && !rate->fromArticle)
            info << tr("Converting %1 %2.").arg(from, rate->note);
        else if (!rate && m_choice.useArticleRate)
            info << tr("The article gives no %1–%2 rate: choose My rate to set one.")
                            .arg(m_pair.base, m_pair.quote);
        else if (!rate)
            info << tr("Set your %1–%2 rate to convert.").arg(m_pair.base, m_pair.quote);
    }
    m_rateInfo->setText(info.join(u' '));
}

void AmountsDock::updateConversion()
{
    const bool on = !m_choice.currency.isEmpty();
    m_list->setColumnHidden(ConvertedColumn, !on);
    if (!on)
        return;
    m_list->headerItem()->setText(ConvertedColumn, tr("In %1").arg(m_choice.currency));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        const Span &span = m_amounts.at(i);
        row->setText(ConvertedColumn, QString());
        row->setToolTip(ConvertedColumn, QString());
        const auto amount = Amount::fromSpan(span);
        if (!amount || amount->kind != SpanKind::Money || amount->currency == m_choice.currency)
            continue;
        const auto rate = resolveRate(m_choice, amount->currency, m_implied, m_text);
        if (!rate) {
            row->setText(ConvertedColumn, u"—"_s);
            row->setToolTip(ConvertedColumn,
                            tr("No %1 to %2 rate: the article gives none and you have set none.")
                                    .arg(amount->currency, m_choice.currency));
            continue;
        }
        const auto converted = convertAmount(*amount, m_choice.currency, rate->rate);
        if (!converted)
            continue;
        const QStringView written = QStringView(m_text).mid(span.start, span.length());
        // Short enough for the column ("약 720조 원", "about US$506.94 billion"); the exact
        // figure is in the tooltip.
        row->setText(ConvertedColumn, convertedReading(*converted));
        row->setToolTip(ConvertedColumn,
                        readExact(*converted) % u'\n' % otherReading(*converted, written) % u'\n'
                                % rate->note);
    }
}

void AmountsDock::scrollReaderTo(const QTreeWidgetItem *item)
{
    if (!item)
        return;
    bool ok = false;
    const qlonglong start = item->data(0, kStartRole).toLongLong(&ok);
    if (!ok)
        return;
    // Never waits for the page: the script scrolls and outlines on its own.
    m_reader.scrollToOffset(start);
}

void AmountsDock::selectSpan(const Span &span)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_list->topLevelItem(i);
        if (row->data(WrittenColumn, kStartRole).toLongLong() == span.start) {
            const QSignalBlocker block(m_list);
            m_list->setCurrentItem(row);
            m_list->scrollToItem(row);
            return;
        }
    }
}

QString AmountsDock::otherReading(const Amount &amount, QStringView written) const
{
    // "90%" in a Korean article is Korean too, though it has no Hangul in it.
    const auto &article = m_reader.shown().article();
    const bool korean = writtenInKorean(written, article ? QStringView(article->language) : u"");
    return korean ? readEnglish(amount) : readKorean(amount);
}

QString AmountsDock::convertedReading(const Amount &amount)
{
    // Four significant digits are plenty for a conversion at a rate (506,944,444,444.44 reads
    // "US$506.9 billion"); the exact figure is in the tooltip.
    Amount shown = amount;
    if (shown.value) {
        const QString digits = shown.value->abs().toString().section(u'.', 0, 0);
        const qsizetype drop = std::min<qsizetype>(digits.size() - 4, 18);
        if (drop > 0) {
            qint64 unit = 1;
            for (qsizetype i = 0; i < drop; ++i)
                unit *= 10;
            const Decimal step = Decimal::fromInteger(unit);
            if (const auto units = shown.value->divided(step, 0))
                if (const auto rounded = units->multiplied(step))
                    shown.value = *rounded;
        }
    }
    // Won in 만/억/조, the rest in thousands, millions, billions: each currency in the scales
    // its own figures are written in.
    return shown.currency == u"KRW"_s ? readKorean(shown) : readEnglish(shown);
}

QString AmountsDock::placeOf(qsizetype offset) const
{
    const auto &article = m_reader.shown().article();
    if (!article)
        return {};
    int paragraph = 0;
    for (const TextBlock &block : article->blocks()) {
        if (block.kind == TextBlock::Kind::Paragraph)
            ++paragraph;
        if (offset < block.start || offset >= block.start + block.text.size())
            continue;
        switch (block.kind) {
        case TextBlock::Kind::Headline: return tr("headline");
        case TextBlock::Kind::Subheadline: return tr("sub-headline");
        case TextBlock::Kind::Paragraph: return tr("paragraph %1").arg(paragraph);
        }
    }
    return {};
}

} // namespace newsmark::gui
