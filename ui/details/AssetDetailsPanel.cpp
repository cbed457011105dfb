#include "details/AssetDetailsPanel.h"

#include "domain/AssetDisplay.h"
#include "domain/AssetSections.h"
#include "storage/HistoryWording.h"
#include "storage/Register.h"

#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace daicho {

AssetDetailsPanel::AssetDetailsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPanel"));
    m_tabs = new QTabWidget(this);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("detailsText"));
    m_details->setOpenLinks(false);
    // A narrow panel reads entries better as short blocks than as a wide table.
    m_history = new QTextBrowser(this);
    m_history->setObjectName(QStringLiteral("historyText"));
    m_history->setOpenLinks(false);
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_history, tr("&History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    showAsset(nullptr, {});
}

void AssetDetailsPanel::setRegister(const Register* reg)
{
    m_register = reg;
    showAsset(nullptr, {});
}

void AssetDetailsPanel::showHistoryTab()
{
    m_tabs->setCurrentWidget(m_history);
}

void AssetDetailsPanel::showAsset(const Asset* asset, const QVector<Finding>& findings)
{
    if (!asset || !m_register) {
        m_details->setHtml(QStringLiteral("<p style='color:#606060'>%1</p>")
                               .arg(tr("Select an asset to see its details.").toHtmlEscaped()));
        m_history->clear();
        return;
    }
    const Catalog& cat = m_register->catalog();
    QString html;
    html += QStringLiteral("<h3>%1 %2</h3>").arg(asset->assetNo.toHtmlEscaped(), asset->name.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> &nbsp; %2 %3</p>")
                .arg(cat.labelText(*asset).toHtmlEscaped(), AssetDisplay::derivedLabel(QStringLiteral("importance")),
                     QString::number(cat.importance(*asset)));
    if (asset->isDisposed())
        html += QStringLiteral("<p style='color:#606060'>%1</p>")
                    .arg(tr("Disposed: this record is kept as history and can no longer be edited.").toHtmlEscaped());
    if (!findings.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const Finding& f : findings) {
            const bool error = f.severity == Severity::Error;
            html += QStringLiteral("<li style='color:%1'>%2</li>")
                        .arg(error ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00"),
                             (error ? tr("Error: %1") : tr("Warning: %1")).arg(f.message).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    const QString restrictions = AssetDisplay::text(cat, *asset, QStringLiteral("restrictions"));
    for (const AssetSection& section : AssetSections::all()) {
        html += QStringLiteral("<h4 style='margin-bottom:2px'>%1</h4><table cellspacing='0' cellpadding='2'>")
                    .arg(section.translatedTitle().toHtmlEscaped());
        for (const QString& key : section.fieldKeys) {
            const AssetField* field = AssetFields::find(key);
            const QString value = field ? AssetDisplay::text(cat, *asset, *field) : QString();
            if (value.isEmpty() && section.id == QLatin1String("lifecycle") && key.startsWith(QLatin1String("disposal")))
                continue;
            html += QStringLiteral("<tr><td style='color:#505050; padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(field ? field->translatedLabel().toHtmlEscaped() : key, value.toHtmlEscaped());
        }
        if (section.id == QLatin1String("classification") && !restrictions.isEmpty())
            html += QStringLiteral("<tr><td style='color:#505050; padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(AssetDisplay::derivedLabel(QStringLiteral("restrictions")).toHtmlEscaped(),
                             restrictions.toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
    fillHistory(asset->id);
}

void AssetDetailsPanel::fillHistory(qint64 assetId)
{
    const QVector<HistoryEntry> entries = m_register->history(QStringLiteral("asset"), assetId);
    QString html;
    // Newest first: the question is usually "who touched it last".
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const HistoryEntry& h = *it;
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b> &nbsp;%2<br><span style='color:#505050'>%3</span></p>")
                    .arg(HistoryWording::action(h.action).toHtmlEscaped(), HistoryWording::who(h).toHtmlEscaped(),
                         HistoryWording::when(h).toHtmlEscaped());
        QStringList lines;
        if (!h.comment.isEmpty())
            lines << tr("Comment: %1").arg(h.comment).toHtmlEscaped();
        for (const QString& c : HistoryWording::changes(h, &m_register->catalog()))
            lines << c.toHtmlEscaped();
        if (!lines.isEmpty())
            html += QStringLiteral("<p style='margin-top:0; margin-left:12px'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    m_history->setHtml(html);
}

} // namespace daicho
