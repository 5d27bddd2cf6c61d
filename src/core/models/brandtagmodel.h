#pragma once

#include "core/domain/brandtag.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace popsell::api {
class PageWalk;
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// The brand's tags (GET /manager/brand-tags, every page): a short list, loaded whole and
// inserted in one batch. Loaded by reload(), or by the first fetchMore() (a view attaching).
class BrandTagModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role
    {
        BrandTagRole = Qt::UserRole + 1, // QVariant<domain::BrandTag>
        IdRole,                          // qint64
        NameRole,                        // QString
    };

    explicit BrandTagModel(api::PopsellApi &api, QObject *parent = nullptr);
    ~BrandTagModel() override;

    void reload();
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_walk != nullptr; }
    QString errorText() const { return m_errorText; }

    const domain::BrandTag *brandTagAt(int row) const;
    int rowOf(qint64 idBrandTag) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorTextChanged(const QString &errorText);
    void loaded();

private:
    void load();
    void setErrorText(const QString &text);

    api::PopsellApi &m_api;
    QList<domain::BrandTag> m_rows;
    QPointer<api::PageWalk> m_walk;
    bool m_loaded = false;
    quint64 m_generation = 0; // a reload drops the previous walk's answer
    QString m_errorText;
};

} // namespace popsell::models
