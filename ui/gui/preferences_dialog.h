#pragma once

#include "analysis/decimal.h"
#include "reader_theme.h"
#include "result.h"

#include <QDialog>
#include <QMap>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace newsmark::gui {

class GuiSettings;

// Everything Edit › Preferences… sets, read from and written to GuiSettings in one piece, so that
// OK, Apply and Cancel deal in whole states.
struct Preferences
{
    QString uiLanguage; // "" (the system's), "en", "ko"
    ThemeChoice theme = ThemeChoice::System;
    QString fontFamily; // "" for the reader's own
    int fontSize = 17;
    QStringList hiddenKinds; // spanKindKey of the kinds hidden when an article opens
    QString currency; // the Amounts panel's; "" for none
    bool useArticleRate = true;
    QMap<QString, Decimal> rates; // pairKey → units of the quote per one of the base
    bool backgroundIndexing = true;

    [[nodiscard]] static Preferences fromSettings(const GuiSettings &settings);
    void save(GuiSettings &settings) const;
    friend bool operator==(const Preferences &, const Preferences &) = default;
};

// The Preferences dialog: General (language, theme, library, background indexing), Reader (font,
// size, the highlight kinds shown when an article opens) and Amounts (currency, rate source, the
// saved rates). It changes nothing by itself: OK and Apply check every field, then hand the whole
// state over with applyRequested (and a library to switch to with libraryRequested); a field
// that is wrong is named in a message under the pages and nothing is applied. The reader's font
// is previewed as it is chosen (fontPreviewed) and Cancel takes the preview back.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Preferences &current, const QString &libraryPath,
                      QWidget *parent = nullptr);

    // The state the fields show, or the message naming the first field that is wrong.
    [[nodiscard]] Result<Preferences> preferences() const;
    // A library chosen to open (or create) on OK/Apply; empty when none.
    [[nodiscard]] QString pendingLibrary() const { return m_pendingLibrary; }
    [[nodiscard]] bool pendingLibraryIsNew() const { return m_pendingIsNew; }
    // What Open Another Library… and New Library… set once their file dialog is answered.
    void setPendingLibrary(const QString &path, bool create);
    // Checks, then hands over: false (the message shown) when a field is wrong.
    bool apply();
    // The message about the field that is wrong, empty when none.
    [[nodiscard]] QString errorMessage() const;

    void done(int result) override;

Q_SIGNALS:
    void applyRequested(const newsmark::gui::Preferences &preferences);
    void libraryRequested(const QString &path, bool create);
    // The font fields changed: the reader shows this font until Apply or Cancel.
    void fontPreviewed(const QString &family, int size);

private:
    QWidget *createGeneralPage(const QString &libraryPath);
    QWidget *createReaderPage();
    QWidget *createAmountsPage();
    void load(const Preferences &preferences);
    void addRateRow(const QString &base, const QString &rate, const QString &quote);
    void chooseLibrary(bool create);
    void showError(int page, QWidget *field, const QString &message);
    void previewFont();

    Preferences m_applied; // what OK/Apply last handed over; Cancel goes back to its font
    QTabWidget *m_pages = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_indexing = nullptr;
    QLabel *m_libraryLabel = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QList<QCheckBox *> m_kinds;
    QComboBox *m_currency = nullptr;
    QComboBox *m_rateSource = nullptr;
    QTableWidget *m_rates = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_pendingLibrary;
    bool m_pendingIsNew = false;
};

} // namespace newsmark::gui
