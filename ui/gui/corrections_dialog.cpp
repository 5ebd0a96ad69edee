#include "corrections_dialog.h"

#include "entities_controller.h"
#include "entity_wording.h"
#include "storage/entity_store.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace newsmark::gui {

CorrectionsDialog::CorrectionsDialog(EntitiesController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setObjectName(u"entityCorrections"_s);
    setWindowTitle(tr("Entity Corrections"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"entityCorrectionList"_s);
    m_list->setHeaderLabels({tr("Correction"), tr("Made")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    auto *forget = new QPushButton(tr("&Forget"), this);
    forget->setObjectName(u"entityCorrectionForget"_s);
    forget->setToolTip(tr("Let the model decide again for this text (Ctrl+Z brings it back)"));
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(forget, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_list->currentItem())
            m_controller.forgetCorrection(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(&m_controller, &EntitiesController::correctionsUpdated, this, &CorrectionsDialog::fill);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(forget);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Corrections apply to every article, before the model's "
                                    "findings; the newest of two about one text wins."),
                                 this));
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    resize(560, 360);
    fill();
}

void CorrectionsDialog::fill()
{
    m_list->clear();
    const EntityCorrections corrections = m_controller.store().corrections();
    for (const EntityCorrection &c : corrections.list()) {
        QString text;
        switch (c.action) {
        case CorrectionAction::Mark:
            text = c.target.isEmpty() ? correctionMarkText(c.surface, c.kind)
                                      : correctionMarkNamedText(c.surface, c.kind, c.target);
            break;
        case CorrectionAction::Remove: text = correctionRemoveText(c.surface, c.kind); break;
        case CorrectionAction::Merge:
            text = c.target == c.surface ? correctionKindText(c.surface, c.targetKind, c.kind)
                                         : tr("“%1” is the same as “%2”").arg(c.surface, c.target);
            break;
        }
        auto *item = new QTreeWidgetItem(m_list,
                                         {text,
                                          QDateTime::fromString(c.createdAt, Qt::ISODateWithMs)
                                                  .toLocalTime()
                                                  .toString(u"yyyy-MM-dd HH:mm"_s)});
        item->setData(0, Qt::UserRole, c.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

} // namespace newsmark::gui
