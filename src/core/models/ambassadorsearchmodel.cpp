#include "core/models/ambassadorsearchmodel.h"

#include "core/api/popsellapi.h"
#include "core/models/textmatch.h"

#include <QMetaObject>

#include <algorithm>

namespace popsell::models {

using domain::Ambassador;

AmbassadorSearchModel::AmbassadorSearchModel(api::PopsellApi &api, QObject *parent)
    : DebouncedSearchModel(parent)
    , m_api(api)
{}

void AmbassadorSearchModel::setMembers(const QList<Ambassador> &members)
{
    m_members = members;
    searchNow();
}

void AmbassadorSearchModel::clearMembers()
{
    m_members.reset();
    searchNow();
}

bool AmbassadorSearchModel::matches(const Ambassador &ambassador, const QString &text)
{
    return matchesAllWords(
        text,
        {ambassador.displayName(), ambassador.username, ambassador.firstname, ambassador.lastname},
        {ambassador.id});
}

api::ApiCall *AmbassadorSearchModel::startSearch(const QString &text, quint64 generation)
{
    if (m_members) {
        // A room's members: answered from the list, on the next event loop turn like a
        // server answer, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [this, text, generation] {
                if (!acceptAnswer(generation))
                    return;
                QList<Ambassador> rows;
                std::copy_if(m_members->cbegin(), m_members->cend(), std::back_inserter(rows),
                             [&text](const Ambassador &a) { return matches(a, text); });
                setRows(std::move(rows));
                finishSearch({});
            },
            Qt::QueuedConnection);
        return nullptr;
    }
    api::ChatAmbassadorFilters filters;
    filters.name = text.trimmed();
    return m_api.chatAmbassadors(
        filters, this,
        [this, text = filters.name, generation](api::Result<domain::Page<Ambassador>> result) {
            if (!acceptAnswer(generation))
                return;
            if (!result) {
                // The typed id stays offered: the server will say whether it exists.
                setRows(withTypedId(text, {}));
                finishSearch(result.error().userMessage());
                return;
            }
            setRows(withTypedId(text, std::move(result.value().items)));
            finishSearch({});
        });
}

QList<Ambassador> AmbassadorSearchModel::withTypedId(const QString &text, QList<Ambassador> found)
{
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return found;
    const auto named =
        std::find_if(found.begin(), found.end(), [id](const Ambassador &a) { return a.id == id; });
    Ambassador typed;
    typed.id = id; // unnamed: shown as "#id"
    if (named != found.end()) {
        typed = *named; // named after all
        found.erase(named);
    }
    found.prepend(typed);
    return found;
}

void AmbassadorSearchModel::setRows(QList<Ambassador> rows)
{
    // A new answer is a new list: a reset, not a diff (a picker shows a handful of rows).
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const Ambassador *AmbassadorSearchModel::ambassadorAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int AmbassadorSearchModel::rowOf(qint64 idAmbassador) const
{
    const auto it =
        std::find_if(m_rows.cbegin(), m_rows.cend(),
                     [idAmbassador](const Ambassador &a) { return a.id == idAmbassador; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int AmbassadorSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AmbassadorSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Ambassador &ambassador = m_rows.at(index.row());
    // A number typed alone is offered before the server has named it.
    const bool unnamed = ambassador.firstname.isEmpty() && ambassador.lastname.isEmpty() &&
                         ambassador.username.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return unnamed ? tr("Ambassador #%1").arg(ambassador.id) : ambassador.displayName();
    case DetailRole:
        return unnamed ? QString() : tr("#%1").arg(ambassador.id);
    case Qt::ToolTipRole:
        return ambassador.username.isEmpty()
                   ? tr("#%1").arg(ambassador.id)
                   : tr("%1 (#%2)").arg(ambassador.username).arg(ambassador.id);
    case AmbassadorRole:
        return QVariant::fromValue(ambassador);
    case IdRole:
        return ambassador.id;
    case UsernameRole:
        return ambassador.username;
    default:
        return {};
    }
}

QHash<int, QByteArray> AmbassadorSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AmbassadorRole, "ambassador");
    names.insert(IdRole, "idAmbassador");
    names.insert(NameRole, "name");
    names.insert(UsernameRole, "username");
    return names;
}

} // namespace popsell::models
