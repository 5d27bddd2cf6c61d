#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <span>

// The words of the demo data: names, chat lines, catalogue, tags and topics, in the four
// languages of the demo brand, and the pure text helpers that turn them into column
// values. Every table is constant: the writer draws from them with its seeded Random, so
// the order and size of each table are part of the demo data (changing one changes the
// rows that every seed produces).
namespace popsell::sandbox::demo {

using Phrases = std::span<const QStringView>;

enum class Lang
{
    English,
    French,
    Spanish,
    German
};
inline constexpr std::array<Lang, 4> kLangs = {Lang::English, Lang::French, Lang::Spanish,
                                               Lang::German};

// The platform's language code ("fr_FR").
QString langCode(Lang lang);

struct NamePools
{
    Phrases female; // first names
    Phrases male;   // first names
    Phrases last;
};
NamePools namePools(Lang lang);

// Lines to be completed by fill(): %1 stands for a product name, %2 for a first name (the
// other person in chat lines, the customer in summaries and anomalies).
struct Phrasebook
{
    Phrases greetings;
    Phrases questions;
    Phrases answers;
    Phrases replies;
    Phrases closings;
    Phrases ratingComments;
    Phrases summaries;
    Phrases anomalies; // summaries that the moderation should look at
};
Phrasebook phrasebook(Lang lang);

// The contents of the non-text message types; %2 stands for the author's first name and
// %1 for a product name.
struct EventLines
{
    QStringView connection;
    QStringView request;
    QStringView unavailable;
    QStringView email;
    QStringView missedCall;
};
EventLines eventLines(Lang lang);

// Replaces %1 (product) and %2 (person); QString::arg would warn on lines without them.
QString fill(QStringView line, const QString &product, const QString &person);

// The catalogue is in French, the brand's default language. A product is named
// "<family item> <collection>".
struct ProductFamily
{
    QStringView type; // the products.type value
    QStringView code; // in the SKU
    Phrases items;
    int minCents;
    int maxCents;
    QStringView benefit; // in the description
};
std::span<const ProductFamily> productFamilies();
Phrases productCollections();

// Brand tag ids and chat topic ids are 1..these counts: one name per id.
inline constexpr int kBrandTagCount = 8;
std::span<const QStringView, kBrandTagCount> brandTagNames();

struct ChatTopicText
{
    QStringView color;
    std::array<QStringView, kLangs.size()> names; // in kLangs order
};
inline constexpr int kChatTopicCount = 6;
std::span<const ChatTopicText, kChatTopicCount> chatTopicTexts();

// Domains for the e-mail addresses of the ambassadors who are not brand staff.
Phrases emailDomains();

// Lower-case ASCII for usernames, e-mail addresses and URL slugs: accents are dropped and
// each run of spaces, hyphens and apostrophes becomes one separator ("Zoé Lefèvre", '.' ->
// "zoe.lefevre").
QString asciiFold(const QString &text, QChar separator);

// The "role" column that goes with an ambassador status; empty for statuses without one.
QString roleOfStatus(int status);

} // namespace popsell::sandbox::demo
