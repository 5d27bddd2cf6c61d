// Domain values behave as values although their author, members, rating and last message are
// shared handles: a copy changed never changes another, an empty author is nobody, an absent
// rating is not an empty one.
#include "core/domain/chatroom.h"
#include "core/domain/message.h"

#include <QTest>

using namespace popsell::domain;

class TestDomainValues : public QObject
{
    Q_OBJECT

private slots:
    void changingACopyLeavesTheOriginal()
    {
        Message original;
        original.id = 1;
        original.author.edit().id = 7;
        original.author.edit().firstname = QStringLiteral("Ana");

        Message copy = original;
        QVERIFY(copy.author.sharesWith(original.author));
        QCOMPARE(copy, original);

        copy.author.edit().firstname = QStringLiteral("Bea");
        QVERIFY(!copy.author.sharesWith(original.author));
        QCOMPARE(original.author->firstname, QStringLiteral("Ana"));
        QCOMPARE(copy.author->firstname, QStringLiteral("Bea"));
        QVERIFY(copy != original);

        Chatroom room;
        ChatroomMember member;
        member.ambassador = *original.author;
        room.ambassadors.append(member);
        room.lastMessage = original;
        Chatroom other = room;
        other.ambassadors[0].ambassador.edit().lastname = QStringLiteral("Silva");
        other.lastMessage.edit().content = QStringLiteral("changed");
        QCOMPARE(room.ambassadors[0].ambassador->lastname, QString());
        QCOMPARE(room.lastMessage->content, QString());
        QCOMPARE(other.lastMessage->content, QStringLiteral("changed"));
    }

    void equalValuesAreEqualWhetherSharedOrNot()
    {
        Ambassador ana;
        ana.id = 7;
        ana.firstname = QStringLiteral("Ana");
        Message a;
        a.author = ana;
        Message b;
        b.author = ana; // another copy of the same value
        QVERIFY(!a.author.sharesWith(b.author));
        QCOMPARE(a, b);
        b.author.edit().online = true;
        QVERIFY(a != b);
    }

    void anEmptyAuthorIsNobody()
    {
        const Message message;
        QCOMPARE(message.author->id, 0);
        QCOMPARE(message.author->displayName(), QStringLiteral("#0"));
        QCOMPARE(message.author, Shared<Ambassador>(Ambassador{}));
        // Written and read back as the API writes an author that is gone: null.
        QVERIFY(message.toJson().value(u"author").isNull());
    }

    void anAbsentRatingIsNotAnEmptyOne()
    {
        Message plain;
        plain.id = 3;
        Message rated = plain;
        rated.rating = Rating{};
        QVERIFY(!plain.rating.has_value());
        QVERIFY(rated.rating.has_value());
        QVERIFY(plain != rated);
        QCOMPARE(plain.kind(), MessageType::Text);
        QCOMPARE(rated.kind(), MessageType::Rating);

        rated.rating.reset();
        QCOMPARE(rated, plain);

        Chatroom room;
        room.lastMessage = std::optional<Message>();
        QVERIFY(!room.lastMessage);
        room.lastMessage = std::optional<Message>(plain);
        QVERIFY(room.lastMessage);
        QCOMPARE(room.lastMessage->id, 3);
    }
};

QTEST_GUILESS_MAIN(TestDomainValues)
#include "tst_domain_values.moc"
