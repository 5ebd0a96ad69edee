#pragma once

#include <QDialog>

class QTreeWidget;

namespace newsmark::gui {

class EntitiesController;

// Edit › Entities › Corrections…: every correction made, oldest first, each of which can be
// forgotten (undoably). Not modal; it follows the corrections as they change.
class CorrectionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CorrectionsDialog(EntitiesController &controller, QWidget *parent = nullptr);

private:
    void fill();

    EntitiesController &m_controller;
    QTreeWidget *m_list = nullptr;
};

} // namespace newsmark::gui
