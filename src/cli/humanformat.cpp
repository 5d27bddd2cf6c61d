#include "cli/humanformat.h"

#include "cli/labels.h"
#include "cli/texttable.h"

#include <QStringList>

namespace popsell::cli {

using namespace popsell::domain;

namespace {

constexpr qsizetype kGistWidth = 70;
constexpr qsizetype kMembersWidth = 48;

QString idText(qint64 id)
{
    return QString::number(id);
}

QString scoreText(std::optional<int> value, const QString &comment)
{
    QString text = value ? QString::number(*value) : HumanFormat::tr("not scored");
    if (!comment.isEmpty())
        text += QStringLiteral(" \"%1\"").arg(comment);
    return text;
}

QString ratingGist(const Rating &rating)
{
    return scoreText(rating.value, rating.content);
}

QString productLine(const Product &product)
{
    QString line = QStringLiteral("#%1 %2").arg(product.id).arg(product.name);
    if (!product.sku.isEmpty())
        line += QStringLiteral(" [%1]").arg(product.sku);
    line += u' ' + Labels::number(product.price);
    return line;
}

QString memberLine(const ChatroomMember &member)
{
    QString line = HumanFormat::person(*member.ambassador);
    if (!member.ambassador->username.isEmpty())
        line += QStringLiteral(" (@%1)").arg(member.ambassador->username);
    if (const std::optional<ChatroomPivot> &pivot = member.pivot) {
        QStringList state;
        if (pivot->lastReadMessage)
            state += HumanFormat::tr("read up to %1").arg(*pivot->lastReadMessage);
        if (pivot->archived)
            state += HumanFormat::tr("archived");
        if (pivot->isBlocked)
            state += HumanFormat::tr("blocked");
        if (pivot->flag)
            state += Labels::flag(pivot->flag);
        if (!state.isEmpty())
            line += QStringLiteral(": ") + state.join(QStringLiteral(", "));
    }
    return line;
}

} // namespace

QString HumanFormat::person(const Ambassador &ambassador)
{
    if (ambassador.id <= 0)
        return tr("(nobody)");
    return QStringLiteral("#%1 %2").arg(ambassador.id).arg(ambassador.displayName());
}

QString HumanFormat::chatroomFlags(const Chatroom &room)
{
    QStringList flags;
    if (room.established)
        flags += tr("dialogue");
    if (room.lastRating && room.lastRating->value)
        flags += tr("rated %1").arg(*room.lastRating->value);
    if (room.idBrandTag)
        flags += tr("tag %1").arg(*room.idBrandTag);
    for (const ChatroomMember &member : room.ambassadors) {
        if (!member.pivot)
            continue;
        const QString who = QStringLiteral("#%1:").arg(member.ambassador->id);
        if (member.pivot->archived)
            flags += who + tr("archived");
        if (member.pivot->isBlocked)
            flags += who + tr("blocked");
        if (member.pivot->flag)
            flags += who + Labels::flag(member.pivot->flag);
    }
    return flags.join(QStringLiteral(", "));
}

QString HumanFormat::messageGist(const Message &message)
{
    QString gist;
    if (!message.active)
        gist += tr("[hidden]") + u' ';
    switch (message.kind()) {
    case MessageType::Product: {
        QStringList products;
        for (const Product &product : message.products)
            products += QStringLiteral("#%1 %2").arg(product.id).arg(product.name);
        gist += tr("product %1").arg(products.join(QStringLiteral(", ")));
        if (!message.content.isEmpty())
            gist += QStringLiteral(": ") + message.content;
        break;
    }
    case MessageType::Rating:
        gist += tr("rating %1").arg(message.rating ? ratingGist(*message.rating) : QString());
        break;
    default:
        gist += message.content;
        break;
    }
    return singleLine(gist, kGistWidth);
}

QString HumanFormat::chatroom(const Chatroom &room)
{
    KeyValueBlock block;
    block.add(tr("chatroom"), idText(room.id));
    block.add(tr("type"), Labels::chatroomType(room.typeChatroom));
    block.add(tr("discussion"), Labels::discussionType(room.typeDiscussion));
    block.add(tr("source"), Labels::withCode(Labels::source(room.source), room.source));
    block.add(tr("created"), Labels::time(room.dateInsert));
    block.add(tr("last message"), Labels::time(room.lastMessageDate));
    QString dialogue = room.established ? tr("established") : tr("not established");
    if (room.established && room.establishedAt.isValid())
        dialogue += u' ' + Labels::time(room.establishedAt);
    block.add(tr("dialogue"), dialogue);
    if (room.lastRating)
        block.add(tr("last rating"), scoreText(room.lastRating->value, room.lastRating->comment));
    if (room.idBrandTag)
        block.add(tr("brand tag"), idText(*room.idBrandTag));
    if (room.lastSummary && !room.lastSummary->summary.isEmpty())
        block.add(tr("summary"), singleLine(room.lastSummary->summary, kGistWidth));
    QStringList members;
    for (const ChatroomMember &member : room.ambassadors)
        members += memberLine(member);
    block.add(tr("members"), members.isEmpty() ? tr("(none)") : members.join(u'\n'));
    if (room.lastMessage)
        block.add(tr("latest"), messageGist(*room.lastMessage));
    QString text = block.render();
    if (!room.messages.isEmpty())
        text += u'\n' + messages(room.messages);
    return text;
}

QString HumanFormat::chatrooms(const QList<Chatroom> &rooms)
{
    TextTable table({tr("ID"), tr("MEMBERS"), tr("LAST MESSAGE"), tr("SOURCE"), tr("FLAGS")});
    for (const Chatroom &room : rooms) {
        QStringList members;
        for (const ChatroomMember &member : room.ambassadors)
            members += person(*member.ambassador);
        table.addRow(
            {idText(room.id), singleLine(members.join(QStringLiteral(", ")), kMembersWidth),
             Labels::time(room.lastMessageDate), Labels::source(room.source), chatroomFlags(room)});
    }
    return table.render();
}

QString HumanFormat::message(const Message &message)
{
    KeyValueBlock block;
    block.add(tr("message"), idText(message.id));
    if (message.idChatroom)
        block.add(tr("chatroom"), idText(*message.idChatroom));
    block.add(tr("date"), Labels::time(message.dateInsert));
    block.add(tr("author"), person(*message.author));
    block.add(tr("type"),
              Labels::withCode(Labels::messageType(message.typeMessage), message.typeMessage));
    block.add(tr("visible"), Labels::yesNo(message.active));
    block.addIfSet(tr("content"), message.content);
    QStringList products;
    for (const Product &product : message.products)
        products += productLine(product);
    block.addIfSet(tr("products"), products.join(u'\n'));
    if (message.rating) {
        block.add(tr("rating"), idText(message.rating->id));
        block.add(tr("score"), ratingGist(*message.rating));
    }
    return block.render();
}

QString HumanFormat::messages(const QList<Message> &messages)
{
    TextTable table({tr("ID"), tr("DATE"), tr("AUTHOR"), tr("TYPE"), tr("TEXT")});
    for (const Message &message : messages)
        table.addRow({idText(message.id), Labels::time(message.dateInsert), person(*message.author),
                      Labels::messageType(message.typeMessage), messageGist(message)});
    return table.render();
}

QString HumanFormat::rating(const Rating &rating)
{
    KeyValueBlock block;
    block.add(tr("rating"), idText(rating.id));
    block.add(tr("score"), ratingGist(rating));
    if (rating.idUserRater)
        block.add(tr("rater"), idText(*rating.idUserRater));
    if (rating.idUserRated)
        block.add(tr("rated"), idText(*rating.idUserRated));
    block.add(tr("updated"), Labels::time(rating.dateUpdate));
    return block.render();
}

QString HumanFormat::ambassador(const Ambassador &ambassador)
{
    KeyValueBlock block;
    block.add(tr("ambassador"), idText(ambassador.id));
    block.add(tr("name"), ambassador.displayName());
    block.addIfSet(tr("username"), ambassador.username);
    block.addIfSet(tr("email"), ambassador.email);
    block.addIfSet(tr("email_tmp"), ambassador.emailTmp);
    block.add(tr("status"),
              Labels::withCode(Labels::ambassadorStatus(ambassador.status), ambassador.status));
    block.add(tr("active"),
              Labels::withCode(Labels::ambassadorActive(ambassador.active), ambassador.active));
    block.add(tr("online"), Labels::yesNo(ambassador.online));
    block.add(tr("last action"), Labels::time(ambassador.lastActionDate));
    return block.render();
}

QString HumanFormat::ambassadors(const QList<Ambassador> &ambassadors)
{
    TextTable table({tr("ID"), tr("NAME"), tr("USERNAME"), tr("STATUS"), tr("ACTIVE"), tr("ONLINE"),
                     tr("LAST ACTION")});
    for (const Ambassador &a : ambassadors)
        table.addRow({idText(a.id), a.displayName(), a.username, Labels::ambassadorStatus(a.status),
                      Labels::ambassadorActive(a.active), Labels::yesNo(a.online),
                      Labels::time(a.lastActionDate)});
    return table.render();
}

QString HumanFormat::product(const Product &product)
{
    KeyValueBlock block;
    block.add(tr("product"), idText(product.id));
    block.add(tr("name"), product.name);
    block.addIfSet(tr("sku"), product.sku);
    block.addIfSet(tr("type"), product.type);
    block.add(tr("price"), Labels::number(product.price));
    block.add(tr("catalog price"), Labels::number(product.priceCatalog));
    if (product.discountPercentage != 0)
        block.add(tr("discount"), Labels::number(product.discountPercentage) + u'%');
    block.add(tr("stock"), QStringLiteral("%1 (%2)").arg(
                               Labels::number(product.stock),
                               tr("%1 available").arg(Labels::number(product.stockAvailable))));
    block.addIfSet(tr("url"), product.url);
    block.addIfSet(tr("description"), singleLine(product.description, kGistWidth));
    QStringList images;
    for (const ProductImage &image : product.images)
        images += QStringLiteral("%1 %2").arg(image.lang, image.url).trimmed();
    block.addIfSet(tr("images"), images.join(u'\n'));
    return block.render();
}

QString HumanFormat::products(const QList<Product> &products)
{
    TextTable table({tr("ID"), tr("SKU"), tr("NAME"), tr("PRICE"), tr("STOCK")});
    for (const Product &p : products)
        table.addRow({idText(p.id), p.sku, p.name, Labels::number(p.price),
                      Labels::number(p.stockAvailable)});
    return table.render();
}

QString HumanFormat::brandTags(const QList<BrandTag> &tags)
{
    TextTable table({tr("ID"), tr("NAME"), tr("VISIBILITY"), tr("MEMBERS")});
    for (const BrandTag &tag : tags) {
        QStringList members;
        for (const Ambassador &member : tag.members)
            members += person(member);
        table.addRow({idText(tag.id), tag.displayName(), QString::number(tag.visibilityChat),
                      singleLine(members.join(QStringLiteral(", ")), kMembersWidth)});
    }
    return table.render();
}

QString HumanFormat::chatTopic(const ChatTopic &topic)
{
    KeyValueBlock block;
    block.add(tr("chat topic"), idText(topic.id));
    block.add(tr("label"), topic.label());
    QStringList labels;
    for (const I18nContent &content : topic.contents)
        labels += QStringLiteral("%1 %2").arg(content.lang, content.content).trimmed();
    block.addIfSet(tr("labels"), labels.join(u'\n'));
    block.addIfSet(tr("color"), topic.color);
    block.add(tr("position"), QString::number(topic.position));
    block.add(tr("active"), Labels::yesNo(topic.active));
    block.addIfSet(tr("roles"), topic.roles.join(QStringLiteral(", ")));
    block.add(tr("created"), Labels::time(topic.dateInsert));
    block.add(tr("updated"), Labels::time(topic.dateUpdate));
    return block.render();
}

QString HumanFormat::chatTopics(const QList<ChatTopic> &topics)
{
    TextTable table({tr("ID"), tr("LABEL"), tr("COLOR"), tr("POSITION"), tr("ACTIVE")});
    for (const ChatTopic &topic : topics)
        table.addRow({idText(topic.id), topic.label(), topic.color, QString::number(topic.position),
                      Labels::yesNo(topic.active)});
    return table.render();
}

QString HumanFormat::brand(const BrandInfo &brand)
{
    KeyValueBlock block;
    block.add(tr("brand"), idText(brand.id));
    block.addIfSet(tr("label"), brand.label);
    block.addIfSet(tr("program"), brand.programLabel);
    block.addIfSet(tr("url"), brand.url);
    block.addIfSet(tr("front office"), brand.frontOfficeDomain);
    block.addIfSet(tr("language"), brand.defaultLanguage);
    block.addIfSet(tr("languages"), brand.availableContentLanguages.join(QStringLiteral(", ")));
    block.addIfSet(tr("timezone"), brand.timezone);
    block.addIfSet(tr("registration"), brand.registerRestriction);
    return block.render();
}

} // namespace popsell::cli
