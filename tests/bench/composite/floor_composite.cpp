// floor_composite: the memory floor of "10k rooms + 100k messages loaded": the skeleton
// window (startup/skeleton.h's widgets) with both lists visible over flat rows holding what
// a console shows and filters, decoded from the same pages as the app's and kept as
// structs (no QJsonObject, no QVariantMap). Reports memory.loaded (VmRSS, MB) after the
// views painted and freed heap pages were returned (both sides do the same).
#include "common/measure.h"
#include "common/pool.h"
#include "common/spin.h"
#include "inproc/floormodels.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

#include <cstdio>

using namespace popsell::bench;

namespace {

QDateTime date(const QJsonObject &o, QStringView key)
{
    return QDateTime::fromString(o.value(key).toString(), Qt::ISODateWithMs);
}

struct RoomRow
{
    qint64 id = 0;
    qint64 firstMember = 0;
    qint64 secondMember = 0;
    QString members; // "Camille Lacroix, Rhys O'Connor"
    QString usernames;
    QString image;
    QDateTime dateInsert;
    QDateTime lastMessageDate;
    QDateTime establishedAt;
    int typeChatroom = 0;
    int typeDiscussion = 0;
    int source = 0;
    int rating = 0;
    QString ratingComment;
    QString summary;

    static RoomRow from(const QJsonObject &o)
    {
        RoomRow r;
        r.id = o.value(u"id_chatroom").toInteger();
        QStringList names, usernames;
        for (const QJsonValue &m : o.value(u"ambassadors").toArray()) {
            const QJsonObject a = m.toObject();
            (r.firstMember == 0 ? r.firstMember : r.secondMember) =
                a.value(u"id_ambassador").toInteger();
            names << a.value(u"firstname").toString() + u' ' + a.value(u"lastname").toString();
            usernames << a.value(u"username").toString();
            if (r.image.isEmpty())
                r.image = a.value(u"image").toString();
        }
        r.members = names.join(u", ");
        r.usernames = usernames.join(u' ');
        r.dateInsert = date(o, u"date_insert");
        r.lastMessageDate = date(o, u"last_message_date");
        r.establishedAt = date(o, u"established_dialogue");
        r.typeChatroom = o.value(u"type_chatroom").toInt();
        r.typeDiscussion = o.value(u"type_discussion").toInt();
        r.source = o.value(u"source").toVariant().toInt();
        const QJsonObject rating = o.value(u"last_rating").toObject();
        r.rating = rating.value(u"value").toInt();
        r.ratingComment = rating.value(u"comment").toString();
        r.summary = o.value(u"last_summary").toObject().value(u"summary").toString();
        return r;
    }
};

struct MessageRow
{
    qint64 id = 0;
    qint64 author = 0;
    QString authorName;
    QDateTime dateInsert;
    int type = 0;
    int moderation = 0;
    bool active = true;
    QString content;
    QString productName;
    double productPrice = 0;
    QString productImage;
    int rating = 0;

    static MessageRow from(const QJsonObject &o)
    {
        MessageRow m;
        m.id = o.value(u"id_message").toInteger();
        const QJsonObject author = o.value(u"author").toObject();
        m.author = author.value(u"id_ambassador").toInteger();
        m.authorName =
            author.value(u"firstname").toString() + u' ' + author.value(u"lastname").toString();
        m.dateInsert = date(o, u"date_insert");
        m.type = o.value(u"type_message").toInt();
        m.moderation = o.value(u"status_moderation").toInt();
        m.active = o.value(u"active").toBool(true);
        m.content = o.value(u"content").toString();
        const QJsonObject product = o.value(u"products").toArray().at(0).toObject();
        m.productName = product.value(u"name").toString();
        m.productPrice = product.value(u"price").toDouble();
        m.productImage =
            product.value(u"images").toArray().at(0).toObject().value(u"content").toString();
        m.rating = o.value(u"rating").toObject().value(u"value").toInt();
        return m;
    }
};

template<typename Row>
class FlatModel : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(rows.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        if constexpr (std::is_same_v<Row, RoomRow>)
            return rows.at(index.row()).members;
        else
            return rows.at(index.row()).content;
    }
    void append(QList<Row> page, bool atTop)
    {
        const int first = atTop ? 0 : int(rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        if (atTop)
            rows = page + rows;
        else
            rows.append(std::move(page));
        endInsertRows();
    }
    QList<Row> rows;
};

template<typename Row>
QList<Row> decode(const QByteArray &body, bool reverse)
{
    QList<Row> rows;
    const QJsonArray data = QJsonDocument::fromJson(body).object().value(u"data").toArray();
    rows.reserve(data.size());
    for (const QJsonValue &item : data)
        rows.append(Row::from(item.toObject()));
    if (reverse)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    const QStringList arguments = QApplication::arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--pool"));
    QString error;
    const std::optional<Pool> pool =
        Pool::load(at >= 0 ? arguments.value(at + 1) : QString(), &error);
    if (!pool) {
        std::fprintf(stderr, "floor_composite: --pool FILE (%s)\n", qUtf8Printable(error));
        return 2;
    }

    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *splitter = new QSplitter(central);
    layout->addWidget(splitter);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLineEdit(left));
    auto *roomView = new QListView(left);
    roomView->setUniformItemSizes(true);
    leftLayout->addWidget(roomView);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(QStringLiteral("Header"), right));
    auto *messageView = new QListView(right);
    messageView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    messageView->setItemDelegate(new WrapDelegate(messageView));
    rightLayout->addWidget(messageView);
    splitter->setSizes({420, 860});
    window.setCentralWidget(central);
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Connected"), &window));
    window.resize(1280, 800);

    FlatModel<RoomRow> rooms;
    FlatModel<MessageRow> messages;
    roomView->setModel(&rooms);
    messageView->setModel(&messages);
    window.show();
    spinFor(200);

    const QString base = QStringLiteral("http://127.0.0.1/api/v2");
    for (int page = 1; page <= 100; ++page) {
        rooms.append(decode<RoomRow>(
                         pool->roomsPage(base + u"/manager/chatrooms", page, 100, 100'000), false),
                     false);
        QCoreApplication::processEvents();
    }
    // The floor holds the thread in one batch: a view that is laid out once, not once per
    // page (the cheapest way to have 100k messages on screen).
    QList<MessageRow> thread;
    for (int page = 200; page >= 1; --page) {
        thread.append(decode<MessageRow>(
            pool->messagesPage(base + u"/chat/chatrooms/1/messages", 1, page, 500, 100'000), true));
    }
    messages.append(std::move(thread), false);
    messageView->scrollToBottom();
    spinFor(500);
    roomView->viewport()->repaint();
    messageView->viewport()->repaint();
    trimHeap();
    spinFor(200);
    const Memory mem = memory();
    report(u"memory.loaded", u"floor", mem.rssMb);
    report(u"memory.loaded_peak", u"floor", mem.peakMb);
    return 0;
}
