#include "sandbox/demovocabulary.h"

namespace popsell::sandbox::demo {

namespace {

// Names: female first names, male first names, last names.
constexpr QStringView kFemaleEn[] = {u"Olivia", u"Amelia",  u"Isla",  u"Grace",
                                     u"Sophie", u"Eleanor", u"Niamh", u"Freya"};
constexpr QStringView kMaleEn[] = {u"Harry", u"George", u"Oliver", u"Rhys", u"Callum", u"Arthur"};
constexpr QStringView kLastEn[] = {u"Smith",      u"O'Connor", u"Taylor", u"Brown",
                                   u"Hughes",     u"Wilson",   u"Davies", u"Evans",
                                   u"McAllister", u"Thompson", u"Clarke", u"Walsh"};
constexpr QStringView kFemaleFr[] = {u"Zoé",     u"Françoise", u"Amélie",  u"Hélène",
                                     u"Léa",     u"Chloé",     u"Camille", u"Inès",
                                     u"Margaux", u"Élodie",    u"Céline",  u"Agathe"};
constexpr QStringView kMaleFr[] = {u"Théo",    u"Benoît", u"Jérôme",  u"Clément",
                                   u"Raphaël", u"Loïc",   u"Étienne", u"Gaëtan"};
constexpr QStringView kLastFr[] = {u"Lefèvre",  u"Dubois", u"Moreau",  u"Girard",   u"Rousseau",
                                   u"Bérenger", u"Faure",  u"Mercier", u"Lemaître", u"Chevalier",
                                   u"Garnier",  u"Hébert", u"Lacroix", u"Da Silva"};
constexpr QStringView kFemaleEs[] = {u"Begoña", u"Lucía",  u"María José", u"Sofía",
                                     u"Inés",   u"Ainhoa", u"Nerea",      u"Paula"};
constexpr QStringView kMaleEs[] = {u"José", u"Iñaki", u"Sergio", u"Álvaro", u"Martín", u"Andrés"};
constexpr QStringView kLastEs[] = {u"Nuñez",   u"Peña",    u"Muñoz",       u"Ibáñez",
                                   u"Sánchez", u"García",  u"Fernández",   u"Gómez",
                                   u"Ortega",  u"Castaño", u"de la Fuente"};
constexpr QStringView kFemaleDe[] = {u"Lena", u"Annika", u"Sophie", u"Käthe",
                                     u"Mia",  u"Hannah", u"Ursula", u"Jördis"};
constexpr QStringView kMaleDe[] = {u"Jürgen", u"Sören", u"Lukas", u"Björn", u"Matthias", u"Jörg"};
constexpr QStringView kLastDe[] = {u"Müller",   u"Schäfer", u"Groß",     u"Köhler",
                                   u"Weiß",     u"Böhm",    u"Schröder", u"Fischer",
                                   u"Hoffmann", u"Krüger",  u"Wagner",   u"von Bülow"};

// Chat lines. %1 is a product name, %2 the first name of the other person.
constexpr QStringView kGreetingsEn[] = {
    u"Hi %2! I saw your review on the shop, can I ask you something?",
    u"Hello %2, thanks for accepting my request 😊",
    u"Hey %2! Have you tried the new collection yet?",
    u"Good evening %2, a friend told me you give great skincare advice.",
    u"Hi %2! I'm looking for a birthday present for my sister, could you help?",
    u"Hello %2, I'm a Maison Lumière ambassador, feel free to ask me anything!",
};
constexpr QStringView kQuestionsEn[] = {
    u"Is %1 suitable for sensitive skin?",
    u"Do you use %1 in the morning or in the evening?",
    u"How long does a bottle of %1 last you?",
    u"Would %1 work with my skin tone? I'm quite fair.",
    u"Is %1 vegan and fragrance-free?",
    u"Can I buy %1 in store or only online?",
    u"What's the difference between %1 and the old formula?",
    u"Did you get any samples of %1?",
};
constexpr QStringView kAnswersEn[] = {
    u"Yes, I've used it every night for a month and my skin feels so much softer.",
    u"I'd rather recommend %1, the texture is lighter.",
    u"Honestly I love it, the scent is subtle and lasts all day ✨",
    u"There's 20% off %1 on the website this week!",
    u"I'll send you the product page for %1 so you can check the ingredients.",
    u"For combination skin %1 is perfect, it doesn't leave a greasy film.",
    u"Yes, everything is made in France, in Grasse.",
    u"I gave it to my mum for Christmas and she was delighted!",
};
constexpr QStringView kRepliesEn[] = {
    u"Thank you so much, that's really kind!",
    u"Great, I'll give it a try 😍",
    u"OK, I'll have a look tonight.",
    u"Brilliant, thanks for the tip!",
    u"Perfect, I'll pop into the shop on Saturday.",
    u"Haha yes, that's exactly what I was looking for.",
    u"I haven't received my order yet, is that normal?",
    u"And how long does delivery take?",
};
constexpr QStringView kClosingsEn[] = {
    u"Thanks for your advice, have a lovely evening!",
    u"Lovely, ordering it right now. Speak soon!",
    u"Have a great day %2 🌸",
    u"Cheers, I'll tell you how it goes.",
};
constexpr QStringView kGreetingsFr[] = {
    u"Bonjour %2 ! J'ai vu votre avis sur la boutique, je peux vous poser une question ?",
    u"Bonsoir %2, merci d'avoir accepté ma demande 😊",
    u"Coucou %2 ! Tu as testé les nouveautés de la collection ?",
    u"Bonjour %2, une amie m'a conseillé de vous écrire pour un conseil beauté.",
    u"Salut %2 ! Je cherche une idée cadeau pour ma sœur, tu peux m'aider ?",
    u"Bonjour %2, je suis ambassadrice Maison Lumière, n'hésitez pas si vous avez des questions !",
};
constexpr QStringView kQuestionsFr[] = {
    u"Est-ce que %1 convient aux peaux sensibles ?",
    u"Vous utilisez %1 plutôt le matin ou le soir ?",
    u"Combien de temps vous dure un flacon de %1 ?",
    u"Tu penses que %1 irait avec mon teint ? Je suis plutôt claire.",
    u"Est-ce que %1 est vegan et sans parfum ?",
    u"On peut acheter %1 en boutique ou seulement en ligne ?",
    u"Quelle est la différence entre %1 et l'ancienne formule ?",
    u"Avez-vous reçu des échantillons de %1 ?",
};
constexpr QStringView kAnswersFr[] = {
    u"Oui, je l'utilise tous les soirs depuis un mois et ma peau est beaucoup plus douce.",
    u"Je vous conseille plutôt %1, la texture est plus légère.",
    u"Franchement j'adore, le parfum est subtil et tient toute la journée ✨",
    u"Il y a -20 % sur %1 cette semaine sur le site !",
    u"Je vous envoie la fiche produit de %1, vous verrez la liste des ingrédients.",
    u"Pour une peau mixte, %1 est parfait : il ne laisse pas de film gras.",
    u"Oui, tout est fabriqué en France, à Grasse.",
    u"Je l'ai offert à ma mère pour Noël, elle était ravie !",
};
constexpr QStringView kRepliesFr[] = {
    u"Merci beaucoup, c'est très gentil !",
    u"Super, je vais tester ça 😍",
    u"D'accord, je regarde ce soir.",
    u"Ah génial, merci pour l'info !",
    u"Parfait, je passe en boutique samedi.",
    u"Haha oui, c'est exactement ce que je cherchais.",
    u"Je n'ai pas encore reçu ma commande, c'est normal ?",
    u"Et pour la livraison, il faut compter combien de jours ?",
};
constexpr QStringView kClosingsFr[] = {
    u"Merci pour vos conseils, bonne soirée !",
    u"Top, je commande tout de suite. À bientôt !",
    u"Belle journée à vous %2 🌸",
    u"Merci encore, je vous dirai ce que j'en pense.",
};
constexpr QStringView kGreetingsEs[] = {
    u"¡Hola %2! Vi tu reseña en la tienda, ¿puedo hacerte una pregunta?",
    u"Buenas tardes %2, gracias por aceptar mi solicitud 😊",
    u"¡Hola %2! ¿Ya has probado la nueva colección?",
    u"Hola %2, una amiga me dijo que das muy buenos consejos de belleza.",
    u"¡Hola %2! Busco un regalo para mi hermana, ¿me ayudas?",
    u"Hola %2, soy embajadora de Maison Lumière, ¡pregúntame lo que quieras!",
};
constexpr QStringView kQuestionsEs[] = {
    u"¿%1 sirve para pieles sensibles?",
    u"¿Usas %1 por la mañana o por la noche?",
    u"¿Cuánto te dura un frasco de %1?",
    u"¿Crees que %1 iría bien con mi tono de piel? Soy bastante clara.",
    u"¿%1 es vegano y sin perfume?",
    u"¿Se puede comprar %1 en tienda o solo en línea?",
    u"¿Qué diferencia hay entre %1 y la fórmula antigua?",
    u"¿Te llegaron muestras de %1?",
};
constexpr QStringView kAnswersEs[] = {
    u"Sí, lo uso todas las noches desde hace un mes y tengo la piel mucho más suave.",
    u"Te recomendaría más bien %1, la textura es más ligera.",
    u"La verdad es que me encanta, el aroma es sutil y dura todo el día ✨",
    u"¡Esta semana hay un 20 % de descuento en %1 en la web!",
    u"Te paso la ficha de %1 para que veas los ingredientes.",
    u"Para piel mixta %1 es perfecto, no deja sensación grasa.",
    u"Sí, todo se fabrica en Francia, en Grasse.",
    u"Se lo regalé a mi madre por Navidad, ¡le encantó!",
};
constexpr QStringView kRepliesEs[] = {
    u"¡Muchísimas gracias, qué amable!",
    u"Genial, lo voy a probar 😍",
    u"Vale, lo miro esta noche.",
    u"¡Estupendo, gracias por el dato!",
    u"Perfecto, paso por la tienda el sábado.",
    u"Jaja sí, es justo lo que buscaba.",
    u"Todavía no he recibido mi pedido, ¿es normal?",
    u"¿Y cuánto tarda el envío?",
};
constexpr QStringView kClosingsEs[] = {
    u"Gracias por tus consejos, ¡buenas noches!",
    u"Perfecto, lo pido ahora mismo. ¡Hasta pronto!",
    u"Que tengas un buen día %2 🌸",
    u"Gracias otra vez, ya te contaré qué tal.",
};
constexpr QStringView kGreetingsDe[] = {
    u"Hallo %2! Ich habe deine Bewertung im Shop gesehen, darf ich dich etwas fragen?",
    u"Guten Abend %2, danke, dass Sie meine Anfrage angenommen haben 😊",
    u"Hey %2! Hast du die neue Kollektion schon ausprobiert?",
    u"Hallo %2, eine Freundin meinte, du gibst tolle Pflegetipps.",
    u"Hi %2! Ich suche ein Geschenk für meine Schwester, kannst du mir helfen?",
    u"Hallo %2, ich bin Botschafterin von Maison Lumière, frag mich gern alles!",
};
constexpr QStringView kQuestionsDe[] = {
    u"Ist %1 für empfindliche Haut geeignet?",
    u"Benutzt du %1 morgens oder abends?",
    u"Wie lange reicht dir eine Flasche %1?",
    u"Würde %1 zu meinem Hautton passen? Ich bin eher hell.",
    u"Ist %1 vegan und parfümfrei?",
    u"Kann man %1 im Laden kaufen oder nur online?",
    u"Was ist der Unterschied zwischen %1 und der alten Formel?",
    u"Hast du Proben von %1 bekommen?",
};
constexpr QStringView kAnswersDe[] = {
    u"Ja, ich benutze es seit einem Monat jeden Abend und meine Haut ist viel weicher.",
    u"Ich würde dir eher %1 empfehlen, die Textur ist leichter.",
    u"Ehrlich gesagt liebe ich es, der Duft ist dezent und hält den ganzen Tag ✨",
    u"Diese Woche gibt es 20 % Rabatt auf %1 im Onlineshop!",
    u"Ich schicke dir die Produktseite von %1, da stehen alle Inhaltsstoffe.",
    u"Für Mischhaut ist %1 perfekt, es fettet nicht nach.",
    u"Ja, alles wird in Frankreich hergestellt, in Grasse.",
    u"Ich habe es meiner Mutter zu Weihnachten geschenkt, sie war begeistert!",
};
constexpr QStringView kRepliesDe[] = {
    u"Vielen Dank, das ist wirklich lieb!",
    u"Super, das probiere ich aus 😍",
    u"Okay, ich schaue es mir heute Abend an.",
    u"Klasse, danke für den Tipp!",
    u"Perfekt, ich gehe am Samstag in den Laden.",
    u"Haha ja, genau das habe ich gesucht.",
    u"Meine Bestellung ist noch nicht angekommen, ist das normal?",
    u"Und wie lange dauert der Versand?",
};
constexpr QStringView kClosingsDe[] = {
    u"Danke für deine Tipps, schönen Abend noch!",
    u"Top, ich bestelle sofort. Bis bald!",
    u"Einen schönen Tag noch, %2 🌸",
    u"Danke nochmal, ich sage dir, wie es mir gefällt.",
};

// The non-text message types: one line per language (en, fr, es, de). %2 is the
// author's first name here.
constexpr QStringView kConnection[] = {
    u"%2 joined the conversation", u"%2 a rejoint la conversation",
    u"%2 se ha unido a la conversación", u"%2 ist dem Gespräch beigetreten"};
constexpr QStringView kRequest[] = {
    u"%2 would like to talk to an advisor about %1",
    u"%2 souhaite être mis(e) en relation avec un conseiller au sujet de %1",
    u"%2 quiere hablar con un asesor sobre %1", u"%2 möchte mit einer Beraterin über %1 sprechen"};
constexpr QStringView kUnavailable[] = {
    u"I'm not available right now, I'll get back to you as soon as possible!",
    u"Je suis indisponible pour le moment, je reviens vers vous très vite !",
    u"Ahora mismo no estoy disponible, ¡te respondo lo antes posible!",
    u"Ich bin gerade nicht erreichbar und melde mich so schnell wie möglich!"};
constexpr QStringView kEmail[] = {u"Reply sent by email", u"Réponse envoyée par e-mail",
                                  u"Respuesta enviada por correo electrónico",
                                  u"Antwort per E-Mail gesendet"};
constexpr QStringView kMissed[] = {u"Missed video call", u"Appel vidéo manqué",
                                   u"Videollamada perdida", u"Verpasster Videoanruf"};

constexpr QStringView kRatingCommentsEn[] = {u"Very helpful advice, thank you!",
                                             u"Quick and friendly answer", u"Not very detailed",
                                             u"Perfect 👌", u"great"};
constexpr QStringView kRatingCommentsFr[] = {u"Très bons conseils, merci !",
                                             u"Réponse rapide et sympathique",
                                             u"Bof, j'attendais plus de détails",
                                             u"Parfait 👌",
                                             u"super",
                                             u"bien"};
constexpr QStringView kRatingCommentsEs[] = {u"¡Muy buenos consejos, gracias!",
                                             u"Respuesta rápida y amable", u"Poco detallado",
                                             u"Perfecto 👌", u"genial"};
constexpr QStringView kRatingCommentsDe[] = {u"Sehr hilfreiche Beratung, danke!",
                                             u"Schnelle, freundliche Antwort",
                                             u"Leider wenig ausführlich", u"Perfekt 👌", u"super"};

// Summaries: %1 a product name, %2 the customer's first name.
constexpr QStringView kSummariesEn[] = {
    u"%2 asked for a routine for sensitive skin; the ambassador recommended %1 and offered a "
    u"sample.",
    u"%2 wanted a gift idea; the ambassador suggested %1 and shared the current promotion.",
    u"%2 asked about delivery times for %1; the ambassador explained the shipping options.",
    u"Friendly exchange about %1: texture, scent and how long a bottle lasts.",
};
constexpr QStringView kSummariesFr[] = {
    u"%2 cherche une routine pour peau sensible ; l'ambassadrice recommande %1 et propose un "
    u"échantillon.",
    u"%2 cherche une idée cadeau ; l'ambassadrice suggère %1 et signale la promotion en cours.",
    u"%2 s'inquiète du délai de livraison de %1 ; l'ambassadrice explique les options d'envoi.",
    u"Échange cordial autour de %1 : texture, parfum et durée d'utilisation d'un flacon.",
};
constexpr QStringView kSummariesEs[] = {
    u"%2 busca una rutina para piel sensible; la embajadora recomienda %1 y ofrece una muestra.",
    u"%2 busca una idea de regalo; la embajadora sugiere %1 y menciona la promoción actual.",
    u"%2 pregunta por el plazo de entrega de %1; la embajadora explica las opciones de envío.",
    u"Conversación cordial sobre %1: textura, aroma y cuánto dura un frasco.",
};
constexpr QStringView kSummariesDe[] = {
    u"%2 sucht eine Pflegeroutine für empfindliche Haut; die Botschafterin empfiehlt %1 und bietet "
    u"eine Probe an.",
    u"%2 sucht eine Geschenkidee; die Botschafterin schlägt %1 vor und erwähnt die aktuelle "
    u"Aktion.",
    u"%2 fragt nach der Lieferzeit von %1; die Botschafterin erklärt die Versandoptionen.",
    u"Freundlicher Austausch über %1: Textur, Duft und Reichweite einer Flasche.",
};
constexpr QStringView kAnomaliesEn[] = {
    u"Possible anomaly: the ambassador shared a personal phone number with %2.",
    u"Possible anomaly: %2 was redirected to a competitor's website.",
    u"Possible anomaly: aggressive tone in the last messages about %1.",
};
constexpr QStringView kAnomaliesFr[] = {
    u"Anomalie possible : l'ambassadeur a partagé un numéro de téléphone personnel avec %2.",
    u"Anomalie possible : %2 a été redirigé(e) vers le site d'un concurrent.",
    u"Anomalie possible : ton agressif dans les derniers messages au sujet de %1.",
};
constexpr QStringView kAnomaliesEs[] = {
    u"Posible anomalía: la embajadora compartió un número de teléfono personal con %2.",
    u"Posible anomalía: se redirigió a %2 a la web de un competidor.",
    u"Posible anomalía: tono agresivo en los últimos mensajes sobre %1.",
};
constexpr QStringView kAnomaliesDe[] = {
    u"Mögliche Auffälligkeit: Die Botschafterin hat %2 eine private Telefonnummer gegeben.",
    u"Mögliche Auffälligkeit: %2 wurde auf die Website eines Mitbewerbers verwiesen.",
    u"Mögliche Auffälligkeit: aggressiver Ton in den letzten Nachrichten zu %1.",
};

constexpr QStringView kCollections[] = {
    u"Lumière d'Or", u"Rose Poudrée",     u"Nuit Étoilée", u"Aube Marine",   u"Fleur de Coton",
    u"Éclat Pur",    u"Jardin de Grasse", u"Velours Noir", u"Ambre Solaire", u"Perle de Rosée"};

constexpr QStringView kSkincare[] = {u"Sérum Éclat",      u"Crème Hydratante", u"Baume Nuit",
                                     u"Contour des Yeux", u"Masque Purifiant", u"Huile Précieuse",
                                     u"Lotion Tonique"};
constexpr QStringView kFragrance[] = {u"Eau de Parfum 50 ml", u"Eau de Toilette 100 ml",
                                      u"Brume Parfumée",      u"Extrait de Parfum 30 ml",
                                      u"Bougie Parfumée",     u"Coffret Découverte"};
constexpr QStringView kMakeup[] = {u"Rouge à Lèvres Satiné", u"Fond de Teint Fluide",
                                   u"Mascara Volume",        u"Poudre Libre",
                                   u"Palette Regard",        u"Blush Crème"};
constexpr QStringView kHaircare[] = {u"Shampooing Doux", u"Masque Réparateur", u"Huile Capillaire",
                                     u"Après-Shampooing", u"Spray Thermo-Protecteur"};
constexpr QStringView kBodycare[] = {u"Lait Corps", u"Gel Douche", u"Gommage Sucré", u"Crème Mains",
                                     u"Huile Sèche"};
constexpr QStringView kAccessory[] = {u"Trousse Velours", u"Pinceau Kabuki", u"Miroir de Poche",
                                      u"Bandeau Éponge"};
constexpr QStringView kGiftSet[] = {u"Coffret Rituel", u"Coffret Duo", u"Calendrier de l'Avent",
                                    u"Carte Cadeau"};

constexpr std::array<ProductFamily, 7> kFamilies = {{
    {u"skincare", u"SK", kSkincare, 2400, 9800,
     u"hydrate et illumine le teint dès la première application"},
    {u"fragrance", u"FR", kFragrance, 3900, 16500,
     u"des notes de fleur d'oranger, de jasmin et de bois blonds"},
    {u"makeup", u"MK", kMakeup, 1500, 4900, u"une tenue longue durée et un fini naturel"},
    {u"haircare", u"HC", kHaircare, 1200, 3900, u"nourrit la fibre et apporte de la brillance"},
    {u"bodycare", u"BC", kBodycare, 900, 3500,
     u"une peau douce et délicatement parfumée toute la journée"},
    {u"accessory", u"AC", kAccessory, 800, 4500,
     u"l'accessoire indispensable de votre rituel beauté"},
    {u"gift_set", u"GS", kGiftSet, 2900, 18900,
     u"une sélection de nos best-sellers dans un écrin à offrir"},
}};

constexpr QStringView kTagNames[kBrandTagCount] = {
    u"VIP Paris",    u"Ambassadeurs Lyon", u"Skincare Experts", u"Équipe Boutique Bordeaux",
    u"Club Parfums", u"Nouveaux membres",  u"Maquillage Pro",   u"Clientes fidèles"};

constexpr std::array<ChatTopicText, kChatTopicCount> kTopics = {{
    {u"#E4572E",
     {u"Product advice", u"Conseil produit", u"Consejo de producto", u"Produktberatung"}},
    {u"#17BEBB",
     {u"Order tracking", u"Suivi de commande", u"Seguimiento del pedido", u"Sendungsverfolgung"}},
    {u"#FFC914",
     {u"Returns and exchanges", u"Retours et échanges", u"Devoluciones y cambios",
      u"Rückgabe und Umtausch"}},
    {u"#2E282A",
     {u"Skin diagnosis", u"Diagnostic de peau", u"Diagnóstico de piel", u"Hautdiagnose"}},
    {u"#76B041", {u"Gift ideas", u"Idées cadeaux", u"Ideas para regalar", u"Geschenkideen"}},
    {u"#8E5572",
     {u"Store appointment", u"Rendez-vous en boutique", u"Cita en tienda", u"Termin im Geschäft"}},
}};

constexpr QStringView kEmailDomains[] = {u"example.com", u"example.org", u"example.net",
                                         u"mail.example"};

} // namespace

QString langCode(Lang lang)
{
    switch (lang) {
    case Lang::English:
        return QStringLiteral("en_GB");
    case Lang::French:
        return QStringLiteral("fr_FR");
    case Lang::Spanish:
        return QStringLiteral("es_ES");
    case Lang::German:
        return QStringLiteral("de_DE");
    }
    return {};
}

NamePools namePools(Lang lang)
{
    switch (lang) {
    case Lang::English:
        return {kFemaleEn, kMaleEn, kLastEn};
    case Lang::French:
        return {kFemaleFr, kMaleFr, kLastFr};
    case Lang::Spanish:
        return {kFemaleEs, kMaleEs, kLastEs};
    case Lang::German:
        return {kFemaleDe, kMaleDe, kLastDe};
    }
    return {kFemaleFr, kMaleFr, kLastFr};
}

Phrasebook phrasebook(Lang lang)
{
    switch (lang) {
    case Lang::English:
        return {kGreetingsEn, kQuestionsEn,      kAnswersEn,   kRepliesEn,
                kClosingsEn,  kRatingCommentsEn, kSummariesEn, kAnomaliesEn};
    case Lang::French:
        return {kGreetingsFr, kQuestionsFr,      kAnswersFr,   kRepliesFr,
                kClosingsFr,  kRatingCommentsFr, kSummariesFr, kAnomaliesFr};
    case Lang::Spanish:
        return {kGreetingsEs, kQuestionsEs,      kAnswersEs,   kRepliesEs,
                kClosingsEs,  kRatingCommentsEs, kSummariesEs, kAnomaliesEs};
    case Lang::German:
        return {kGreetingsDe, kQuestionsDe,      kAnswersDe,   kRepliesDe,
                kClosingsDe,  kRatingCommentsDe, kSummariesDe, kAnomaliesDe};
    }
    return phrasebook(Lang::French);
}

EventLines eventLines(Lang lang)
{
    static_assert(std::size(kConnection) == kLangs.size() && std::size(kRequest) == kLangs.size() &&
                  std::size(kUnavailable) == kLangs.size() && std::size(kEmail) == kLangs.size() &&
                  std::size(kMissed) == kLangs.size());
    const size_t index = size_t(lang); // the tables are in Lang order
    return {kConnection[index], kRequest[index], kUnavailable[index], kEmail[index],
            kMissed[index]};
}

QString fill(QStringView line, const QString &product, const QString &person)
{
    QString text = line.toString();
    text.replace(QStringLiteral("%1"), product);
    text.replace(QStringLiteral("%2"), person);
    return text;
}

std::span<const ProductFamily> productFamilies()
{
    return kFamilies;
}

Phrases productCollections()
{
    return kCollections;
}

std::span<const QStringView, kBrandTagCount> brandTagNames()
{
    return kTagNames;
}

std::span<const ChatTopicText, kChatTopicCount> chatTopicTexts()
{
    return kTopics;
}

Phrases emailDomains()
{
    return kEmailDomains;
}

QString asciiFold(const QString &text, QChar separator)
{
    // Letters that no Unicode decomposition turns into ASCII.
    QString spelled = text;
    spelled.replace(u'ß', QStringLiteral("ss"))
        .replace(u'œ', QStringLiteral("oe"))
        .replace(u'æ', QStringLiteral("ae"))
        .replace(u'ø', u'o');
    QString result;
    bool pendingSeparator = false;
    for (QChar c : spelled.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (pendingSeparator && !result.isEmpty())
                result += separator;
            pendingSeparator = false;
            result += c.toLower();
        } else if (c.isSpace() || c == u'-' || c == u'\'') {
            pendingSeparator = true;
        }
    }
    return result;
}

QString roleOfStatus(int status)
{
    switch (status) {
    case 1:
        return QStringLiteral("employee");
    case 2:
        return QStringLiteral("administrator");
    case 3:
        return QStringLiteral("seller");
    case 4:
        return QStringLiteral("shop_manager");
    case 5:
        return QStringLiteral("manager");
    case 6:
        return QStringLiteral("expert");
    default:
        return {};
    }
}

} // namespace popsell::sandbox::demo
