<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountCommands</name>
    <message>
        <source>Show the brand behind the domain (no token needed).</source>
        <translation>Afficher la marque derrière le domaine (aucun jeton nécessaire).</translation>
    </message>
    <message>
        <source>Invalidate the token.</source>
        <translation>Invalider le jeton.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message>
        <source>Set (or clear) an ambassador&apos;s temporary e-mail address.</source>
        <translation>Définir (ou effacer) l&apos;adresse e-mail temporaire d&apos;un ambassadeur.</translation>
    </message>
    <message>
        <source>Ambassador id.</source>
        <translation>Identifiant de l&apos;ambassadeur.</translation>
    </message>
    <message>
        <source>The new email_tmp.</source>
        <translation>La nouvelle valeur d&apos;email_tmp.</translation>
    </message>
    <message>
        <source>Set email_tmp to null instead.</source>
        <translation>Mettre plutôt email_tmp à null.</translation>
    </message>
    <message>
        <source>give either --email-tmp EMAIL or --clear-email-tmp</source>
        <translation>indiquez soit --email-tmp EMAIL, soit --clear-email-tmp</translation>
    </message>
    <message>
        <source>Find, or create, the client ambassador of an e-mail address.</source>
        <translation>Trouver, ou créer, l&apos;ambassadeur client d&apos;une adresse e-mail.</translation>
    </message>
    <message>
        <source>Their e-mail address (required).</source>
        <translation>Son adresse e-mail (obligatoire).</translation>
    </message>
    <message>
        <source>First name, for a new account.</source>
        <translation>Prénom, pour un nouveau compte.</translation>
    </message>
    <message>
        <source>Last name, for a new account.</source>
        <translation>Nom, pour un nouveau compte.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The Popsell server could not be reached. Check the network connection.</source>
        <translation>Impossible de joindre le serveur Popsell. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The Popsell server did not answer in time.</source>
        <translation>Le serveur Popsell n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the Popsell server failed: its certificate was not accepted.</source>
        <translation>La connexion sécurisée au serveur Popsell a échoué&#xa0;: son certificat n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The Popsell server did not accept the credentials. Sign in again.</source>
        <translation>Le serveur Popsell n&apos;a pas accepté les identifiants. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;êtes pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
        <source>The requested item does not exist (any more).</source>
        <translation>L&apos;élément demandé n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>The same action is still being processed. Try again in a moment.</source>
        <translation>La même action est encore en cours de traitement. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The Popsell server refused the data.</source>
        <translation>Le serveur Popsell a refusé les données.</translation>
    </message>
    <message>
        <source>The Popsell server refused the data: %1</source>
        <translation>Le serveur Popsell a refusé les données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de requêtes. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again in a moment.</source>
        <translation>Trop de requêtes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The Popsell server had a problem (HTTP %1). Try again later.</source>
        <translation>Le serveur Popsell a rencontré un problème (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The Popsell server sent an answer that cannot be read.</source>
        <translation>Le serveur Popsell a envoyé une réponse illisible.</translation>
    </message>
    <message>
        <source>Refused to contact an address that is not the configured Popsell server over a secure connection.</source>
        <translation>Refus de contacter une adresse qui n&apos;est pas le serveur Popsell configuré, joint par une connexion sécurisée.</translation>
    </message>
    <message>
        <source>The Popsell server refused the request (HTTP %1): %2</source>
        <translation>Le serveur Popsell a refusé la requête (HTTP %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Popsell server refused the request (HTTP %1).</source>
        <translation>Le serveur Popsell a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La requête a échoué.</translation>
    </message>
</context>
<context>
    <name>ChatroomCommands</name>
    <message>
        <source>Create a chatroom between two ambassadors, or for a brand tag.</source>
        <translation>Créer un salon entre deux ambassadeurs, ou pour un tag de marque.</translation>
    </message>
    <message>
        <source>The two members: two ambassador ids.</source>
        <translation>Les deux membres&#xa0;: deux identifiants d&apos;ambassadeur.</translation>
    </message>
    <message>
        <source>A one-to-many chatroom for this brand tag instead.</source>
        <translation>Plutôt un salon un-à-plusieurs pour ce tag de marque.</translation>
    </message>
    <message>
        <source>0 direct, 1 waiting_list, 2 hot_list (number or name; default 0).</source>
        <translation>0 direct, 1 waiting_list, 2 hot_list (nombre ou nom&#x202f;; 0 par défaut).</translation>
    </message>
    <message>
        <source>give either --ambassadors A,B or --brand-tag ID</source>
        <translation>indiquez soit --ambassadors A,B, soit --brand-tag ID</translation>
    </message>
    <message>
        <source>--ambassadors expects exactly two ids</source>
        <translation>--ambassadors attend exactement deux identifiants</translation>
    </message>
    <message>
        <source>Mark a chatroom&apos;s dialogue as established (at DATE, default now), or clear it.</source>
        <translation>Marquer le dialogue d&apos;un salon comme établi (à DATE, maintenant par défaut), ou l&apos;effacer.</translation>
    </message>
    <message>
        <source>When it was established: 2023-10-06 13:41:09.123, 2023-10-06T13:41:09Z, ... (no zone = UTC; default now).</source>
        <translation>Quand il a été établi&#xa0;: 2023-10-06 13:41:09.123, 2023-10-06T13:41:09Z, … (sans fuseau = UTC&#x202f;; maintenant par défaut).</translation>
    </message>
    <message>
        <source>Clear it instead.</source>
        <translation>L&apos;effacer plutôt.</translation>
    </message>
    <message>
        <source>give DATE or --clear, not both</source>
        <translation>indiquez DATE ou --clear, pas les deux</translation>
    </message>
    <message>
        <source>DATE must be a timestamp such as 2023-10-06 13:41:09.123 or 2023-10-06T13:41:09Z, not &quot;%1&quot;</source>
        <translation>DATE doit être un horodatage comme 2023-10-06 13:41:09.123 ou 2023-10-06T13:41:09Z, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Show one chatroom.</source>
        <translation>Afficher un salon.</translation>
    </message>
    <message>
        <source>Show one chatroom with its messages (manager scope).</source>
        <translation>Afficher un salon avec ses messages (portée manager).</translation>
    </message>
    <message>
        <source>List the brand&apos;s chatrooms: the moderator inbox (manager scope).</source>
        <translation>Lister les salons de la marque&#xa0;: la boîte de réception du modérateur (portée manager).</translation>
    </message>
    <message>
        <source>Chatroom type: 0 one to one, 7 one to many.</source>
        <translation>Type de salon&#xa0;: 0 un-à-un, 7 un-à-plusieurs.</translation>
    </message>
    <message>
        <source>Discussion type: 0 members, 1 external, 2 both.</source>
        <translation>Type de discussion&#xa0;: 0 membres, 1 externes, 2 les deux.</translation>
    </message>
    <message>
        <source>direct, waiting_list or hot_list (or 0-2).</source>
        <translation>direct, waiting_list ou hot_list (ou 0–2).</translation>
    </message>
    <message>
        <source>established or not_established.</source>
        <translation>established ou not_established.</translation>
    </message>
    <message>
        <source>0 to 5, or not_rated.</source>
        <translation>0 à 5, ou not_rated.</translation>
    </message>
    <message>
        <source>Chatrooms this ambassador posted in.</source>
        <translation>Salons où cet ambassadeur a publié.</translation>
    </message>
    <message>
        <source>List the chatrooms of an ambassador and of his guest accounts.</source>
        <translation>Lister les salons d&apos;un ambassadeur et de ses comptes invités.</translation>
    </message>
    <message>
        <source>true: archived chatrooms too.</source>
        <translation>true&#xa0;: aussi les salons archivés.</translation>
    </message>
    <message>
        <source>true: commented only; false: not.</source>
        <translation>true&#xa0;: commentés uniquement&#x202f;; false&#xa0;: non commentés.</translation>
    </message>
    <message>
        <source>todo (1) or done (2).</source>
        <translation>todo (1) ou done (2).</translation>
    </message>
    <message>
        <source>Last action strictly before this timestamp (as the API gave it).</source>
        <translation>Dernière action strictement avant cet horodatage (tel que l&apos;API l&apos;a fourni).</translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 doit être un nombre entier positif, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 expects a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 attend un nombre entier positif, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 attend un nombre entier de %2 à %3, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 expects comma-separated positive ids, not &quot;%2&quot;</source>
        <translation>%1 attend des identifiants positifs séparés par des virgules, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 expects at least one id</source>
        <translation>%1 attend au moins un identifiant</translation>
    </message>
    <message>
        <source>%1 expects comma-separated whole numbers from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 attend des nombres entiers de %2 à %3 séparés par des virgules, et non «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 expects at least one value</source>
        <translation>%1 attend au moins une valeur</translation>
    </message>
    <message>
        <source>%1 expects true or false, not &quot;%2&quot;</source>
        <translation>%1 attend true ou false, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 expects one of %2, not &quot;%3&quot;</source>
        <translation>%1 attend l&apos;une des valeurs %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Page number (default 1).</source>
        <translation>Numéro de page (1 par défaut).</translation>
    </message>
    <message>
        <source>Items per page, up to %1 (default: the server&apos;s, 15).</source>
        <translation>Éléments par page, jusqu&apos;à %1 (par défaut&#xa0;: celui du serveur, 15).</translation>
    </message>
    <message>
        <source>Every page, from the first one asked, merged.</source>
        <translation>Toutes les pages, à partir de la première demandée, fusionnées.</translation>
    </message>
    <message>
        <source>Sort field, -FIELD for descending.</source>
        <translation>Champ de tri, -CHAMP pour l&apos;ordre décroissant.</translation>
    </message>
    <message>
        <source>Chatroom id.</source>
        <translation>Identifiant du salon.</translation>
    </message>
    <message>
        <source>Ambassador id.</source>
        <translation>Identifiant de l&apos;ambassadeur.</translation>
    </message>
</context>
<context>
    <name>CreateChatroomForm</name>
    <message>
        <source>Between two &amp;ambassadors</source>
        <translation>Entre deux &amp;ambassadeurs</translation>
    </message>
    <message>
        <source>Between two ambassadors</source>
        <translation>Entre deux ambassadeurs</translation>
    </message>
    <message>
        <source>For a &amp;brand tag</source>
        <translation>Pour un &amp;tag de marque</translation>
    </message>
    <message>
        <source>For a brand tag</source>
        <translation>Pour un tag de marque</translation>
    </message>
    <message>
        <source>&amp;First ambassador</source>
        <translation>&amp;Premier ambassadeur</translation>
    </message>
    <message>
        <source>First ambassador</source>
        <translation>Premier ambassadeur</translation>
    </message>
    <message>
        <source>&amp;Second ambassador</source>
        <translation>&amp;Second ambassadeur</translation>
    </message>
    <message>
        <source>Second ambassador</source>
        <translation>Second ambassadeur</translation>
    </message>
    <message>
        <source>Brand &amp;tag</source>
        <translation>Tag de &amp;marque</translation>
    </message>
    <message>
        <source>Brand tag</source>
        <translation>Tag de marque</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>CreateChatroomRequest</name>
    <message>
        <source>Give either two ambassadors or a brand tag, not both.</source>
        <translation>Indiquez soit deux ambassadeurs, soit un tag de marque, mais pas les deux.</translation>
    </message>
    <message>
        <source>Give either two ambassadors or a brand tag.</source>
        <translation>Indiquez soit deux ambassadeurs, soit un tag de marque.</translation>
    </message>
    <message>
        <source>Exactly two ambassadors are needed.</source>
        <translation>Il faut exactement deux ambassadeurs.</translation>
    </message>
    <message>
        <source>The two ambassadors must differ.</source>
        <translation>Les deux ambassadeurs doivent être différents.</translation>
    </message>
    <message>
        <source>Ambassador ids are positive.</source>
        <translation>Les identifiants d&apos;ambassadeur sont positifs.</translation>
    </message>
    <message>
        <source>Brand tag ids are positive.</source>
        <translation>Les identifiants de tag de marque sont positifs.</translation>
    </message>
    <message>
        <source>The source is 0 (direct), 1 (waiting list) or 2 (hot list).</source>
        <translation>La source vaut 0 (direct), 1 (liste d&apos;attente) ou 2 (liste prioritaire).</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>Statuses, comma-separated: 0 ambassador ... 7 client, 8 temp.</source>
        <translation>Statuts, séparés par des virgules&#xa0;: 0 ambassadeur … 7 client, 8 temporaire.</translation>
    </message>
    <message>
        <source>Search the brand&apos;s ambassadors (chat scope).</source>
        <translation>Rechercher les ambassadeurs de la marque (portée chat).</translation>
    </message>
    <message>
        <source>First name, last name or username contains.</source>
        <translation>Le prénom, le nom ou le nom d&apos;utilisateur contient.</translation>
    </message>
    <message>
        <source>Members of this brand tag.</source>
        <translation>Membres de ce tag de marque.</translation>
    </message>
    <message>
        <source>Leave this ambassador out.</source>
        <translation>Exclure cet ambassadeur.</translation>
    </message>
    <message>
        <source>List ambassadors with their moderation indicators (manager scope).</source>
        <translation>Lister les ambassadeurs avec leurs indicateurs de modération (portée manager).</translation>
    </message>
    <message>
        <source>Name, username or e-mail contains.</source>
        <translation>Le nom, le nom d&apos;utilisateur ou l&apos;e-mail contient.</translation>
    </message>
    <message>
        <source>Has this role.</source>
        <translation>A ce rôle.</translation>
    </message>
    <message>
        <source>Activity state: -3 unsubscribed by brand ... 1 active.</source>
        <translation>État d&apos;activité&#xa0;: -3 désinscrit par la marque … 1 actif.</translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation>true ou false.</translation>
    </message>
    <message>
        <source>Manager users only.</source>
        <translation>Utilisateurs manager uniquement.</translation>
    </message>
    <message>
        <source>List ambassadors, light records (manager scope).</source>
        <translation>Lister les ambassadeurs, fiches allégées (portée manager).</translation>
    </message>
    <message>
        <source>Search the brand&apos;s products.</source>
        <translation>Rechercher les produits de la marque.</translation>
    </message>
    <message>
        <source>Name contains.</source>
        <translation>Le nom contient.</translation>
    </message>
    <message>
        <source>Description contains.</source>
        <translation>La description contient.</translation>
    </message>
    <message>
        <source>SKU contains.</source>
        <translation>La référence (SKU) contient.</translation>
    </message>
    <message>
        <source>Price, or a range MIN,MAX.</source>
        <translation>Prix, ou une plage MIN,MAX.</translation>
    </message>
    <message>
        <source>Stock, or a range MIN,MAX.</source>
        <translation>Stock, ou une plage MIN,MAX.</translation>
    </message>
    <message>
        <source>Show one product.</source>
        <translation>Afficher un produit.</translation>
    </message>
    <message>
        <source>Product id.</source>
        <translation>Identifiant du produit.</translation>
    </message>
    <message>
        <source>List the brand tags (for brand-tag chatrooms).</source>
        <translation>Lister les tags de marque (pour les salons par tag de marque).</translation>
    </message>
    <message>
        <source>Chat visibility, 1 or 2.</source>
        <translation>Visibilité dans le chat, 1 ou 2.</translation>
    </message>
    <message>
        <source>List the chat topics (what chatroom summaries are about).</source>
        <translation>Lister les sujets de discussion (ce dont parlent les résumés des salons).</translation>
    </message>
    <message>
        <source>Label contains.</source>
        <translation>Le libellé contient.</translation>
    </message>
    <message>
        <source>Show one chat topic.</source>
        <translation>Afficher un sujet de discussion.</translation>
    </message>
    <message>
        <source>Chat topic id.</source>
        <translation>Identifiant du sujet de discussion.</translation>
    </message>
</context>
<context>
    <name>EstablishedDialogueUpdate</name>
    <message>
        <source>The dialogue date is not a valid date.</source>
        <translation>La date du dialogue n&apos;est pas une date valide.</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>other failure (cancelled, the sandbox did not start)</source>
        <translation>autre échec (annulé, le bac à sable n&apos;a pas démarré)</translation>
    </message>
    <message>
        <source>usage error: the command line is wrong, nothing was sent</source>
        <translation>erreur d&apos;utilisation&#xa0;: la ligne de commande est incorrecte, rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>network failure: unreachable, timeout, TLS</source>
        <translation>échec réseau&#xa0;: injoignable, délai dépassé, TLS</translation>
    </message>
    <message>
        <source>unauthorized (401): bad token or API key</source>
        <translation>non autorisé (401)&#xa0;: jeton ou clé d&apos;API incorrect</translation>
    </message>
    <message>
        <source>forbidden (403)</source>
        <translation>interdit (403)</translation>
    </message>
    <message>
        <source>not found (404)</source>
        <translation>introuvable (404)</translation>
    </message>
    <message>
        <source>refused as invalid: validation (422) or another 4xx</source>
        <translation>refusé car invalide&#xa0;: validation (422) ou autre 4xx</translation>
    </message>
    <message>
        <source>rate limited (429) or conflict (409): try again later</source>
        <translation>trop de requêtes (429) ou conflit (409)&#xa0;: réessayez plus tard</translation>
    </message>
    <message>
        <source>server error (5xx)</source>
        <translation>erreur du serveur (5xx)</translation>
    </message>
    <message>
        <source>bad response, or a URL refused as insecure</source>
        <translation>réponse invalide, ou URL refusée car non sécurisée</translation>
    </message>
</context>
<context>
    <name>GlobalOptionSet</name>
    <message>
        <source>API base URL, https://DOMAIN/api/v2 (http:// only on loopback).</source>
        <translation>URL de base de l&apos;API, https://DOMAINE/api/v2 (http:// seulement en boucle locale).</translation>
    </message>
    <message>
        <source>Bearer token (default: the %1 environment variable).</source>
        <translation>Jeton Bearer (par défaut&#xa0;: la variable d&apos;environnement %1).</translation>
    </message>
    <message>
        <source>API key, exchanged for a token first (POST /auth/token).</source>
        <translation>Clé d&apos;API, échangée d&apos;abord contre un jeton (POST /auth/token).</translation>
    </message>
    <message>
        <source>Platform domain sent as X-Popsell-Domain (default: the base URL&apos;s host).</source>
        <translation>Domaine de la plateforme, envoyé dans X-Popsell-Domain (par défaut&#xa0;: l&apos;hôte de l&apos;URL de base).</translation>
    </message>
    <message>
        <source>Brand id sent as X-Popsell-Brand (default: asked from GET /brand when needed).</source>
        <translation>Identifiant de la marque, envoyé dans X-Popsell-Brand (par défaut&#xa0;: demandé à GET /brand si nécessaire).</translation>
    </message>
    <message>
        <source>Print the result as one JSON document; errors as one JSON line on stderr.</source>
        <translation>Afficher le résultat en un seul document JSON&#x202f;; les erreurs en une ligne JSON sur stderr.</translation>
    </message>
    <message>
        <source>Start a local API sandbox with demo data in memory and use it.</source>
        <translation>Démarrer un bac à sable local de l&apos;API, avec des données de démonstration en mémoire, et l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Give up on a request after MS milliseconds (default 60000).</source>
        <translation>Abandonner une requête après MS millisecondes (60000 par défaut).</translation>
    </message>
    <message>
        <source>Technical detail on stderr (never the token).</source>
        <translation>Détails techniques sur stderr (jamais le jeton).</translation>
    </message>
    <message>
        <source>Show the help (of a command, after its name).</source>
        <translation>Afficher l&apos;aide (d&apos;une commande, après son nom).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>--sandbox and --base-url exclude each other</source>
        <translation>--sandbox et --base-url s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--base-url expects an http(s) URL such as https://example.com/api/v2, not &quot;%1&quot;</source>
        <translation>--base-url attend une URL http(s) comme https://example.com/api/v2, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--token and --api-key exclude each other</source>
        <translation>--token et --api-key s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>--token is empty</source>
        <translation>--token est vide</translation>
    </message>
    <message>
        <source>--api-key is empty</source>
        <translation>--api-key est vide</translation>
    </message>
    <message>
        <source>--brand expects a positive whole number, not &quot;%1&quot;</source>
        <translation>--brand attend un nombre entier positif, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--timeout expects milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout attend un nombre de millisecondes de 1 à %1, et non «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage: popsellctl [global options] COMMAND [arguments] [options]</source>
        <translation>Utilisation&#xa0;: popsellctl [options globales] COMMANDE [arguments] [options]</translation>
    </message>
    <message>
        <source>Command-line client of the Popsell API v2, for scripting and batch work.</source>
        <translation>Client en ligne de commande de l&apos;API Popsell v2, pour les scripts et les traitements par lots.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Options globales (avant ou après la commande)&#xa0;:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;popsellctl COMMAND --help&quot; shows the arguments and options of a command.</source>
        <translation>«&#xa0;popsellctl COMMANDE --help&#xa0;» affiche les arguments et les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Appels&#xa0;:</translation>
    </message>
    <message>
        <source>Global options and exit codes: popsellctl --help</source>
        <translation>Options globales et codes de sortie&#xa0;: popsellctl --help</translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message>
        <source>not scored</source>
        <translation>sans note</translation>
    </message>
    <message>
        <source>read up to %1</source>
        <translation>lu jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>dialogue</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>noté %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[masqué]</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>produit %1</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>évaluation %1</translation>
    </message>
    <message>
        <source>chatroom</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>discussion</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <source>last message</source>
        <translation>dernier message</translation>
    </message>
    <message>
        <source>established</source>
        <translation>établi</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>non établi</translation>
    </message>
    <message>
        <source>last rating</source>
        <translation>dernière évaluation</translation>
    </message>
    <message>
        <source>brand tag</source>
        <translation>tag de marque</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>le plus récent</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBRES</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>DERNIER MESSAGE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>INDICATEURS</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>évaluateur</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>évalué</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>ambassadeur</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>email_tmp</source>
        <translation>email_tmp</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>last action</source>
        <translation>dernière action</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIF</translation>
    </message>
    <message>
        <source>ONLINE</source>
        <translation>EN LIGNE</translation>
    </message>
    <message>
        <source>LAST ACTION</source>
        <translation>DERNIÈRE ACTION</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation>prix catalogue</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 disponibles</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>RÉFÉRENCE</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRIX</translation>
    </message>
    <message>
        <source>STOCK</source>
        <translation>STOCK</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>VISIBILITÉ</translation>
    </message>
    <message>
        <source>chat topic</source>
        <translation>sujet de discussion</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>libellés</translation>
    </message>
    <message>
        <source>color</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COULEUR</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>front office</source>
        <translation>front office</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
</context>
<context>
    <name>InvocationParser</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>give --base-url URL, or --sandbox</source>
        <translation>indiquez --base-url URL, ou --sandbox</translation>
    </message>
    <message>
        <source>no credentials: give --token, set %1, or give --api-key</source>
        <translation>aucun identifiant de connexion&#xa0;: indiquez --token, définissez %1 ou indiquez --api-key</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>one to one</source>
        <translation>un-à-un</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>un-à-plusieurs</translation>
    </message>
    <message>
        <source>between members</source>
        <translation>entre membres</translation>
    </message>
    <message>
        <source>between external</source>
        <translation>entre externes</translation>
    </message>
    <message>
        <source>members and external</source>
        <translation>membres et externes</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>image</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>mise en relation</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>ambassadeur</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>vendeur</translation>
    </message>
    <message>
        <source>shop manager</source>
        <translation>responsable de boutique</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>expert</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>temp</source>
        <translation>temporaire</translation>
    </message>
    <message>
        <source>unsubscribed by brand</source>
        <translation>désinscrit par la marque</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>désinscrit</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>unactivated</source>
        <translation>non activé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Popsell Moderator</source>
        <translation>Popsell Moderator</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Inbox title</source>
        <translation>Titre de la boîte de réception</translation>
    </message>
    <message>
        <source>Filter loaded chatrooms: names, room id, message</source>
        <translation>Filtrer les salons chargés&#xa0;: noms, identifiant du salon, message</translation>
    </message>
    <message>
        <source>Filter chatrooms</source>
        <translation>Filtrer les salons</translation>
    </message>
    <message>
        <source>Chatroom inbox</source>
        <translation>Boîte de réception des salons</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Chatroom</source>
        <translation>Sal&amp;on</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>MemberActionForm</name>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Membre</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Mark read in chatroom #%1</source>
        <translation>Marquer comme lu dans le salon #%1</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Marks every message of the room as read by %1.</source>
        <translation>Marque tous les messages du salon comme lus par %1.</translation>
    </message>
    <message>
        <source>Flag chatroom #%1 as to do</source>
        <translation>Marquer le salon #%1 «&#xa0;à traiter&#xa0;»</translation>
    </message>
    <message>
        <source>Flag as &amp;to do</source>
        <translation>Marquer «&#xa0;à &amp;traiter&#xa0;»</translation>
    </message>
    <message>
        <source>Flag chatroom #%1 as done</source>
        <translation>Marquer le salon #%1 «&#xa0;traité&#xa0;»</translation>
    </message>
    <message>
        <source>Flag as &amp;done</source>
        <translation>Marquer «&#xa0;t&amp;raité&#xa0;»</translation>
    </message>
    <message>
        <source>Clear the flag of chatroom #%1</source>
        <translation>Retirer l&apos;indicateur du salon #%1</translation>
    </message>
    <message>
        <source>&amp;Clear flag</source>
        <translation>&amp;Retirer l&apos;indicateur</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à traiter</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>aucun indicateur</translation>
    </message>
    <message>
        <source>For %1 (now: %2).</source>
        <translation>Pour %1 (actuellement&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Archive or unarchive chatroom #%1</source>
        <translation>Archiver ou désarchiver le salon #%1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Unarchives the room for %1 (archived now).</source>
        <translation>Désarchive le salon pour %1 (actuellement archivé).</translation>
    </message>
    <message>
        <source>Archives the room for %1.</source>
        <translation>Archive le salon pour %1.</translation>
    </message>
    <message>
        <source>Block or unblock in chatroom #%1</source>
        <translation>Bloquer ou débloquer dans le salon #%1</translation>
    </message>
    <message>
        <source>Unblocks %1 in this room (blocked now).</source>
        <translation>Débloque %1 dans ce salon (actuellement bloqué).</translation>
    </message>
    <message>
        <source>Blocks %1 in this room: they can no longer post.</source>
        <translation>Bloque %1 dans ce salon&#xa0;: ce membre ne pourra plus publier.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Mark the last message of a chatroom as read by an ambassador.</source>
        <translation>Marquer le dernier message d&apos;un salon comme lu par un ambassadeur.</translation>
    </message>
    <message>
        <source>Set an ambassador&apos;s moderation flag on a chatroom: todo, done or clear.</source>
        <translation>Définir l&apos;indicateur de modération d&apos;un ambassadeur sur un salon&#xa0;: todo, done ou clear.</translation>
    </message>
    <message>
        <source>todo, done or clear.</source>
        <translation>todo, done ou clear.</translation>
    </message>
    <message>
        <source>FLAG must be todo, done or clear, not &quot;%1&quot;</source>
        <translation>FLAG doit valoir todo, done ou clear, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Chatroom %1 flagged %2 for ambassador %3.</source>
        <translation>Salon %1 marqué «&#xa0;%2&#xa0;» pour l&apos;ambassadeur %3.</translation>
    </message>
    <message>
        <source>Chatroom %1 unflagged for ambassador %2.</source>
        <translation>Indicateur du salon %1 retiré pour l&apos;ambassadeur %2.</translation>
    </message>
    <message>
        <source>Archive a chatroom for one ambassador.</source>
        <translation>Archiver un salon pour un ambassadeur.</translation>
    </message>
    <message>
        <source>Bring an archived chatroom back for one ambassador.</source>
        <translation>Restaurer un salon archivé pour un ambassadeur.</translation>
    </message>
    <message>
        <source>Chatroom %1 archived for ambassador %2.</source>
        <translation>Salon %1 archivé pour l&apos;ambassadeur %2.</translation>
    </message>
    <message>
        <source>Chatroom %1 unarchived for ambassador %2.</source>
        <translation>Salon %1 désarchivé pour l&apos;ambassadeur %2.</translation>
    </message>
    <message>
        <source>Block a chatroom for one ambassador.</source>
        <translation>Bloquer un salon pour un ambassadeur.</translation>
    </message>
    <message>
        <source>Unblock a chatroom for one ambassador.</source>
        <translation>Débloquer un salon pour un ambassadeur.</translation>
    </message>
    <message>
        <source>Chatroom %1 blocked for ambassador %2.</source>
        <translation>Salon %1 bloqué pour l&apos;ambassadeur %2.</translation>
    </message>
    <message>
        <source>Chatroom %1 unblocked for ambassador %2.</source>
        <translation>Salon %1 débloqué pour l&apos;ambassadeur %2.</translation>
    </message>
    <message>
        <source>Purge a chatroom for one ambassador (hides it from his list).</source>
        <translation>Purger un salon pour un ambassadeur (le retire de sa liste).</translation>
    </message>
    <message>
        <source>The ambassador it is purged for (required).</source>
        <translation>L&apos;ambassadeur pour lequel il est purgé (obligatoire).</translation>
    </message>
    <message>
        <source>Chatroom %1 purged for ambassador %2.</source>
        <translation>Salon %1 purgé pour l&apos;ambassadeur %2.</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Post a message carrying a product card in a chatroom.</source>
        <translation>Publier dans un salon un message portant une fiche produit.</translation>
    </message>
    <message>
        <source>The author (required).</source>
        <translation>L&apos;auteur (obligatoire).</translation>
    </message>
    <message>
        <source>The product (required).</source>
        <translation>Le produit (obligatoire).</translation>
    </message>
    <message>
        <source>Post a message (text by default) in a chatroom.</source>
        <translation>Publier un message (texte par défaut) dans un salon.</translation>
    </message>
    <message>
        <source>The content (required).</source>
        <translation>Le contenu (obligatoire).</translation>
    </message>
    <message>
        <source>Message type: 0 text (default), 1 picture, 3 product, 4 connection, 5 request, 6 unavailable, 7 video, 8 email, 9 missed; not 2 (use rate).</source>
        <translation>Type de message&#xa0;: 0 texte (par défaut), 1 image, 3 produit, 4 mise en relation, 5 demande, 6 indisponible, 7 vidéo, 8 e-mail, 9 manqué&#x202f;; pas 2 (utilisez rate).</translation>
    </message>
    <message>
        <source>Ask for a rating in a chatroom (a rating message); optionally score it.</source>
        <translation>Demander une évaluation dans un salon (un message d&apos;évaluation)&#x202f;; éventuellement la noter.</translation>
    </message>
    <message>
        <source>The ambassador who rates.</source>
        <translation>L&apos;ambassadeur qui évalue.</translation>
    </message>
    <message>
        <source>The ambassador who is rated.</source>
        <translation>L&apos;ambassadeur évalué.</translation>
    </message>
    <message>
        <source>Then set the score, 0 to 5.</source>
        <translation>Puis définir la note, de 0 à 5.</translation>
    </message>
    <message>
        <source>Then set the comment.</source>
        <translation>Puis définir le commentaire.</translation>
    </message>
    <message>
        <source>the rating message %1 was created, but its score was not set</source>
        <translation>le message d&apos;évaluation %1 a été créé, mais sa note n&apos;a pas été définie</translation>
    </message>
    <message>
        <source>List the messages of a chatroom (newest first by default).</source>
        <translation>Lister les messages d&apos;un salon (les plus récents d&apos;abord par défaut).</translation>
    </message>
    <message>
        <source>Only messages sent strictly before this timestamp.</source>
        <translation>Uniquement les messages envoyés strictement avant cet horodatage.</translation>
    </message>
    <message>
        <source>true: visible only; false: hidden only.</source>
        <translation>true&#xa0;: visibles uniquement&#x202f;; false&#xa0;: masqués uniquement.</translation>
    </message>
    <message>
        <source>Only this message type (0-9).</source>
        <translation>Uniquement ce type de message (0–9).</translation>
    </message>
    <message>
        <source>Show one message.</source>
        <translation>Afficher un message.</translation>
    </message>
    <message>
        <source>Message id.</source>
        <translation>Identifiant du message.</translation>
    </message>
    <message>
        <source>Replace the content of a message.</source>
        <translation>Remplacer le contenu d&apos;un message.</translation>
    </message>
    <message>
        <source>The new content (required).</source>
        <translation>Le nouveau contenu (obligatoire).</translation>
    </message>
    <message>
        <source>Show a hidden message again.</source>
        <translation>Réafficher un message masqué.</translation>
    </message>
    <message>
        <source>Hide a message (moderation; it is kept, inactive).</source>
        <translation>Masquer un message (modération&#x202f;; il est conservé, inactif).</translation>
    </message>
</context>
<context>
    <name>MessageKindStyle</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Mise en relation</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Appel manqué</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MessageUpdate</name>
    <message>
        <source>Give a new content, a visibility or both.</source>
        <translation>Indiquez un nouveau contenu, une visibilité, ou les deux.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The action was not accepted: %1</source>
        <translation>L&apos;action n&apos;a pas été acceptée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>la boîte d&apos;envoi n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>This action is not waiting to be sent any more.</source>
        <translation>Cette action n&apos;est plus en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>This action is being sent.</source>
        <translation>Cette action est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Only an action the server refused can be edited.</source>
        <translation>Seule une action refusée par le serveur peut être modifiée.</translation>
    </message>
    <message>
        <source>This action is being sent and cannot be discarded now.</source>
        <translation>Cette action est en cours d&apos;envoi et ne peut pas être supprimée maintenant.</translation>
    </message>
    <message>
        <source>It is not known whether this action was applied. Check, then send it again or discard it.</source>
        <translation>On ne sait pas si cette action a été appliquée. Vérifiez, puis renvoyez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>It could not be sent, after several attempts.</source>
        <translation>Elle n&apos;a pas pu être envoyée, après plusieurs tentatives.</translation>
    </message>
    <message>
        <source>It could not be checked whether this action was applied: look at the chatroom, then send it again or discard it.</source>
        <translation>Impossible de vérifier si cette action a été appliquée&#xa0;: regardez le salon, puis renvoyez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>It could not be checked whether this action was applied: %1</source>
        <translation>Impossible de vérifier si cette action a été appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a chatroom</source>
        <translation>Créer un salon</translation>
    </message>
    <message>
        <source>Push a product</source>
        <translation>Proposer un produit</translation>
    </message>
    <message>
        <source>Request a rating</source>
        <translation>Demander une évaluation</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lu</translation>
    </message>
    <message>
        <source>Set the dialogue state</source>
        <translation>Définir l&apos;état du dialogue</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiert votre attention</translation>
    </message>
    <message>
        <source>The action belongs to no profile: sign in first.</source>
        <translation>L&apos;action n&apos;appartient à aucun profil&#xa0;: connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The action is malformed.</source>
        <translation>L&apos;action est mal formée.</translation>
    </message>
    <message>
        <source>The dialogue date is not a valid date.</source>
        <translation>La date du dialogue n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>%1 in chatroom %2</source>
        <comment>action, chatroom id</comment>
        <translation>%1 dans le salon %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>action: state</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what failed (database&apos;s reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The outbox database refused a statement</source>
        <translation>La base de données de la boîte d&apos;envoi a refusé une instruction</translation>
    </message>
    <message>
        <source>The outbox database could not be written</source>
        <translation>Impossible d&apos;écrire dans la base de données de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The action is no longer in the outbox</source>
        <translation>L&apos;action n&apos;est plus dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox database could not be set up</source>
        <translation>Impossible de préparer la base de données de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox&apos;s folder could not be created</source>
        <translation>Impossible de créer le dossier de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox database could not be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox database could not be read</source>
        <translation>Impossible de lire la base de données de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of this application</source>
        <translation>La boîte d&apos;envoi a été écrite par une version plus récente de cette application</translation>
    </message>
    <message>
        <source>The outbox is not open</source>
        <translation>La boîte d&apos;envoi n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>The action could not be saved, so it was not accepted</source>
        <translation>L&apos;action n&apos;a pas pu être enregistrée&#x202f;; elle n&apos;a donc pas été acceptée</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>action state</comment>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>action state</comment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>action state</comment>
        <translation>En échec</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>Voir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PostMessageForm</name>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>PostMessageRequest</name>
    <message>
        <source>The author ambassador is required.</source>
        <translation>L&apos;ambassadeur auteur est obligatoire.</translation>
    </message>
    <message>
        <source>The message type is 0, 1 or 3 to 9 (ratings are requested apart).</source>
        <translation>Le type de message vaut 0, 1 ou de 3 à 9 (les évaluations se demandent à part).</translation>
    </message>
</context>
<context>
    <name>ProductMessageRequest</name>
    <message>
        <source>The author ambassador is required.</source>
        <translation>L&apos;ambassadeur auteur est obligatoire.</translation>
    </message>
    <message>
        <source>The product is required.</source>
        <translation>Le produit est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>brand name · domain</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PushProductForm</name>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produit</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Product preview</source>
        <translation>Aperçu du produit</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
<context>
    <name>RatingRequest</name>
    <message>
        <source>Ambassador ids are positive.</source>
        <translation>Les identifiants d&apos;ambassadeur sont positifs.</translation>
    </message>
</context>
<context>
    <name>RatingUpdate</name>
    <message>
        <source>The score is from 0 to 5.</source>
        <translation>La note va de 0 à 5.</translation>
    </message>
    <message>
        <source>Give a score, a comment or both.</source>
        <translation>Indiquez une note, un commentaire, ou les deux.</translation>
    </message>
</context>
<context>
    <name>RequestRatingForm</name>
    <message>
        <source>Ra&amp;ter</source>
        <translation>É&amp;valuateur</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Rat&amp;ed</source>
        <translation>Év&amp;alué</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Évalué</translation>
    </message>
    <message>
        <source>&amp;Score (0-5)</source>
        <translation>&amp;Note (0–5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Refresh the inbox every</source>
        <translation>Actualiser la boîte de réception &amp;toutes les</translation>
    </message>
    <message>
        <source>Inbox refresh interval in minutes</source>
        <translation>Intervalle d&apos;actualisation de la boîte de réception, en minutes</translation>
    </message>
    <message>
        <source>&amp;Mark a room read when it stays open for 2 seconds</source>
        <translation>&amp;Marquer un salon comme lu s&apos;il reste ouvert 2 secondes</translation>
    </message>
    <message>
        <source>Mark read on opening a room</source>
        <translation>Marquer comme lu à l&apos;ouverture d&apos;un salon</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShopCustomerRequest</name>
    <message>
        <source>The customer&apos;s email is required.</source>
        <translation>L&apos;e-mail du client est obligatoire.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Why a sign-in is needed</source>
        <translation>Pourquoi une connexion est nécessaire</translation>
    </message>
    <message>
        <source>Popsell &amp;domain</source>
        <translation>&amp;Domaine Popsell</translation>
    </message>
    <message>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <source>Popsell domain</source>
        <translation>Domaine Popsell</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d&apos;API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marque</translation>
    </message>
    <message>
        <source>Brand id</source>
        <translation>Identifiant de la marque</translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation>&amp;Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation>Mémo&amp;riser la clé d&apos;API dans le trousseau du système</translation>
    </message>
    <message>
        <source>Remember the API key</source>
        <translation>Mémoriser la clé d&apos;API</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Avis concernant le trousseau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Popsell moderator console. It opens the last used profile, or asks to sign in (or to open the embedded sandbox, which needs no account).</source>
        <translation>La console de modération Popsell. Elle ouvre le dernier profil utilisé, ou propose de se connecter (ou d&apos;ouvrir le bac à sable intégré, qui ne demande aucun compte).</translation>
    </message>
    <message>
        <source>Open the embedded sandbox with demo data.</source>
        <translation>Ouvrir le bac à sable intégré avec des données de démonstration.</translation>
    </message>
    <message>
        <source>Sign in to this Popsell API, e.g. https://example.popsell.com/api/v2, with the key in POPSELL_API_KEY.</source>
        <translation>Se connecter à cette API Popsell, par exemple https://example.popsell.com/api/v2, avec la clé de POPSELL_API_KEY.</translation>
    </message>
    <message>
        <source>The brand&apos;s API key (prefer POPSELL_API_KEY: the command line shows in the process list).</source>
        <translation>La clé d&apos;API de la marque (préférez POPSELL_API_KEY&#xa0;: la ligne de commande apparaît dans la liste des processus).</translation>
    </message>
    <message>
        <source>The platform domain (default: the base URL&apos;s host).</source>
        <translation>Le domaine de la plateforme (par défaut&#xa0;: l&apos;hôte de l&apos;URL de base).</translation>
    </message>
    <message>
        <source>The brand id (default: the domain&apos;s brand).</source>
        <translation>L&apos;identifiant de la marque (par défaut&#xa0;: la marque du domaine).</translation>
    </message>
    <message>
        <source>Render the window to a PNG once loaded, then exit.</source>
        <translation>Enregistrer la fenêtre en PNG une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <source>The chatroom to open at start (with --screenshot).</source>
        <translation>Le salon à ouvrir au démarrage (avec --screenshot).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Taille de la fenêtre, par exemple 1280x800.</translation>
    </message>
    <message>
        <source>Popsell Moderator</source>
        <translation>Popsell Moderator</translation>
    </message>
    <message>
        <source>Appearance for this run: light or dark.</source>
        <translation>Apparence pour cette exécution&#xa0;: claire ou sombre.</translation>
    </message>
    <message>
        <source>The language of the console, e.g. fr or de_DE (default: the system&apos;s).</source>
        <translation>La langue de la console, par exemple fr ou de_DE (par défaut&#xa0;: celle du système).</translation>
    </message>
</context>
<context>
    <name>popsell::api::PopsellApi</name>
    <message>
        <source>The API key is required.</source>
        <translation>La clé d&apos;API est obligatoire.</translation>
    </message>
    <message>
        <source>The flag is 1 (to do), 2 (done) or none.</source>
        <translation>L&apos;indicateur vaut 1 (à traiter), 2 (traité) ou aucun.</translation>
    </message>
</context>
<context>
    <name>popsell::app::ActionDialog</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Veuillez corriger les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>progress bar while the action is sent</comment>
        <translation>Envoi en cours</translation>
    </message>
</context>
<context>
    <name>popsell::app::CheatSheetDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Par &amp;défaut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Actions et leurs raccourcis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Nouveau raccourci</translation>
    </message>
    <message>
        <source>Assign the new shortcut</source>
        <translation>Attribuer le nouveau raccourci</translation>
    </message>
    <message>
        <source>Restore the default shortcut</source>
        <translation>Rétablir le raccourci par défaut</translation>
    </message>
    <message>
        <source>&amp;New shortcut:</source>
        <translation>&amp;Nouveau raccourci&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no shortcut</comment>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>popsell::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Find a room or an action</source>
        <translation>Trouver un salon ou une action</translation>
    </message>
    <message>
        <source>Find a room (member name, #id) or an action…</source>
        <translation>Trouver un salon (nom d&apos;un membre, #id) ou une action…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Room #%1</source>
        <translation>Salon #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::Console</name>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>Actions e&amp;n attente…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Actions not sent yet: retry, correct or discard them.</source>
        <translation>Actions pas encore envoyées&#xa0;: réessayez, corrigez-les ou supprimez-les.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, to this or another profile, or open the sandbox.</source>
        <translation>Vous êtes déconnecté. Reconnectez-vous, à ce profil ou à un autre, ou ouvrez le bac à sable.</translation>
    </message>
    <message>
        <source>You stay signed in for this session only and will be asked again at the next start; nothing is saved in plain text.</source>
        <translation>Vous restez connecté pour cette session uniquement&#x202f;; la question vous sera reposée au prochain démarrage. Rien n&apos;est enregistré en clair.</translation>
    </message>
    <message numerus="yes">
        <source>%n held request(s) go once you sign in again to %1. Signing in to another profile keeps the pending actions for %1 and drops the other requests.</source>
        <translation>
            <numerusform>%n requête retenue partira dès que vous vous reconnecterez à %1. Se connecter à un autre profil conserve les actions en attente de %1 et abandonne les autres requêtes.</numerusform>
            <numerusform>%n requêtes retenues partiront dès que vous vous reconnecterez à %1. Se connecter à un autre profil conserve les actions en attente de %1 et abandonne les autres requêtes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::ConsoleBackend</name>
    <message>
        <source>“%1” is not a Popsell domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine Popsell.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>popsell::app::CreateChatroomDialog</name>
    <message>
        <source>Create chatroom</source>
        <translation>Créer un salon</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>First ambassador</source>
        <translation>Premier ambassadeur</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Rechercher par nom ou identifiant</translation>
    </message>
    <message>
        <source>Second ambassador</source>
        <translation>Second ambassadeur</translation>
    </message>
    <message>
        <source>Brand tag</source>
        <translation>Tag de marque</translation>
    </message>
    <message>
        <source>Search brand tags</source>
        <translation>Rechercher des tags de marque</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Liste prioritaire</translation>
    </message>
</context>
<context>
    <name>popsell::app::InboxDelegate</name>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Liste prioritaire</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Brand tag #%1 · %2</source>
        <translation>Tag de marque #%1 · %2</translation>
    </message>
    <message>
        <source>Chatroom #%1</source>
        <translation>Salon #%1</translation>
    </message>
    <message>
        <source>One to many</source>
        <translation>Un-à-plusieurs</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>Un-à-un</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialogue</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>To do</source>
        <comment>moderation flag</comment>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>moderation flag</comment>
        <translation>Traité</translation>
    </message>
</context>
<context>
    <name>popsell::app::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The brand and domain the console works for (Session menu to switch).</source>
        <translation>La marque et le domaine pour lesquels travaille la console (menu Session pour changer).</translation>
    </message>
    <message>
        <source>Held actions</source>
        <translation>Actions retenues</translation>
    </message>
    <message>
        <source>Sign-in not saved</source>
        <translation>Connexion non enregistrée</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Avis concernant le trousseau</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Mode bac à sable</translation>
    </message>
    <message>
        <source>Demo data on the embedded sandbox; nothing reaches Popsell.</source>
        <translation>Données de démonstration sur le bac à sable intégré&#x202f;; rien ne parvient à Popsell.</translation>
    </message>
    <message>
        <source>Popsell Moderator — Sandbox</source>
        <translation>Popsell Moderator — Bac à sable</translation>
    </message>
    <message>
        <source>Popsell Moderator — %1</source>
        <translation>Popsell Moderator — %1</translation>
    </message>
    <message>
        <source>Popsell Moderator</source>
        <translation>Popsell Moderator</translation>
    </message>
    <message>
        <source>Inbox: %1 of %2 loaded chatrooms match</source>
        <translation>Boîte de réception&#xa0;: %1 salons chargés sur %2 correspondent</translation>
    </message>
    <message>
        <source>Inbox: %1 chatrooms (%2 loaded)</source>
        <translation>Boîte de réception&#xa0;: %1 salons (%2 chargés)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Inbox: 1 chatroom</source>
        <translation>Boîte de réception&#xa0;: 1 salon</translation>
    </message>
    <message>
        <source>Inbox: %1 chatrooms</source>
        <translation>Boîte de réception&#xa0;: %1 salons</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Signed out.
Use Session ▸ Sign in… to open a profile or the sandbox.</source>
        <translation>Déconnecté.
Utilisez Session ▸ Se connecter… pour ouvrir un profil ou le bac à sable.</translation>
    </message>
    <message>
        <source>Could not sign in.
%1</source>
        <translation>Connexion impossible.
%1</translation>
    </message>
    <message>
        <source>The chatrooms could not be loaded.
%1</source>
        <translation>Impossible de charger les salons.
%1</translation>
    </message>
    <message>
        <source>Loading chatrooms…</source>
        <translation>Chargement des salons…</translation>
    </message>
    <message>
        <source>No loaded chatroom matches “%1”.</source>
        <translation>Aucun salon chargé ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No chatrooms yet.</source>
        <translation>Aucun salon pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The messages could not be loaded.
%1</source>
        <translation>Impossible de charger les messages.
%1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Chargement des messages…</translation>
    </message>
    <message>
        <source>No messages in this chatroom yet.</source>
        <translation>Aucun message dans ce salon pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Chargement depuis %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held until you sign in again</source>
        <translation>
            <numerusform>%n action retenue jusqu&apos;à votre reconnexion</numerusform>
            <numerusform>%n actions retenues jusqu&apos;à votre reconnexion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held while signing in again</source>
        <translation>
            <numerusform>%n action retenue pendant la reconnexion</numerusform>
            <numerusform>%n actions retenues pendant la reconnexion</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: held actions are sent once the same profile is signed in again. Drafts stay in their dialogs.</source>
        <translation>Rien n&apos;est perdu&#xa0;: les actions retenues sont envoyées dès que le même profil est reconnecté. Les brouillons restent dans leurs boîtes de dialogue.</translation>
    </message>
</context>
<context>
    <name>popsell::app::MessageDelegate</name>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1&#xa0;%</translation>
    </message>
    <message>
        <source>In stock: %1 available of %2</source>
        <translation>En stock&#xa0;: %1 disponibles sur %2</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>Produit #%1</translation>
    </message>
    <message>
        <source>SKU %1 · product #%2</source>
        <translation>Réf. %1 · produit #%2</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Hidden</source>
        <comment>message badge</comment>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>message badge: the action was not sent</comment>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>popsell::app::ModeratorActions</name>
    <message>
        <source>Chatroom</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Create chatroom…</source>
        <translation>&amp;Créer un salon…</translation>
    </message>
    <message>
        <source>&amp;Push product…</source>
        <translation>Proposer un &amp;produit…</translation>
    </message>
    <message>
        <source>Request &amp;rating…</source>
        <translation>Demander une é&amp;valuation…</translation>
    </message>
    <message>
        <source>&amp;Mark read…</source>
        <translation>&amp;Marquer comme lu…</translation>
    </message>
    <message>
        <source>Set established &amp;dialogue</source>
        <translation>Marquer le &amp;dialogue comme établi</translation>
    </message>
    <message>
        <source>C&amp;lear established dialogue</source>
        <translation>&amp;Effacer le dialogue établi</translation>
    </message>
    <message>
        <source>Flag as &amp;to do…</source>
        <translation>Marquer «&#xa0;à &amp;traiter&#xa0;»…</translation>
    </message>
    <message>
        <source>Flag as d&amp;one…</source>
        <translation>Marquer «&#xa0;t&amp;raité&#xa0;»…</translation>
    </message>
    <message>
        <source>Clear the &amp;flag…</source>
        <translation>Retirer l&apos;&amp;indicateur…</translation>
    </message>
    <message>
        <source>&amp;Archive or unarchive…</source>
        <translation>&amp;Archiver ou désarchiver…</translation>
    </message>
    <message>
        <source>&amp;Block or unblock a member…</source>
        <translation>&amp;Bloquer ou débloquer un membre…</translation>
    </message>
    <message>
        <source>&amp;Post a message…</source>
        <translation>&amp;Publier un message…</translation>
    </message>
    <message>
        <source>Mark read on &amp;opening a room</source>
        <translation>Marquer comme lu à l&apos;&amp;ouverture d&apos;un salon</translation>
    </message>
    <message>
        <source>&amp;Hide message</source>
        <translation>&amp;Masquer le message</translation>
    </message>
    <message>
        <source>&amp;Unhide message</source>
        <translation>&amp;Réafficher le message</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>&amp;Next room</source>
        <translation>Salon &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious room</source>
        <translation>Salon p&amp;récédent</translation>
    </message>
    <message>
        <source>Next room &amp;to do</source>
        <translation>Prochain salon à &amp;traiter</translation>
    </message>
    <message>
        <source>&amp;Filter the inbox</source>
        <translation>&amp;Filtrer la boîte de réception</translation>
    </message>
    <message>
        <source>Go to the t&amp;hread</source>
        <translation>Aller à la &amp;conversation</translation>
    </message>
    <message>
        <source>Back to the &amp;inbox</source>
        <translation>Retour à la &amp;boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open a room first (select it in the inbox).</source>
        <translation>Ouvrez d&apos;abord un salon (sélectionnez-le dans la boîte de réception).</translation>
    </message>
    <message>
        <source>Chatroom #%1 created.</source>
        <translation>Salon #%1 créé.</translation>
    </message>
    <message>
        <source>Product pushed.</source>
        <translation>Produit proposé.</translation>
    </message>
    <message>
        <source>Rating requested.</source>
        <translation>Évaluation demandée.</translation>
    </message>
    <message>
        <source>Message posted.</source>
        <translation>Message publié.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1&#xa0;: terminé.</translation>
    </message>
    <message>
        <source>Setting the established dialogue…</source>
        <translation>Enregistrement du dialogue établi…</translation>
    </message>
    <message>
        <source>Clearing the established dialogue…</source>
        <translation>Effacement du dialogue établi…</translation>
    </message>
    <message>
        <source>Established dialogue set for room #%1.</source>
        <translation>Dialogue établi enregistré pour le salon #%1.</translation>
    </message>
    <message>
        <source>Established dialogue cleared for room #%1.</source>
        <translation>Dialogue établi effacé pour le salon #%1.</translation>
    </message>
    <message>
        <source>Not sent yet: Popsell did not answer. The console keeps trying; see the pending actions (Ctrl+Shift+O).</source>
        <translation>Pas encore envoyé&#xa0;: Popsell n&apos;a pas répondu. La console continue d&apos;essayer&#x202f;; voir les actions en attente (Ctrl+Maj+O).</translation>
    </message>
    <message>
        <source>Select a message in the thread first.</source>
        <translation>Sélectionnez d&apos;abord un message dans la conversation.</translation>
    </message>
    <message>
        <source>Message shown again.</source>
        <translation>Message réaffiché.</translation>
    </message>
    <message>
        <source>Message hidden.</source>
        <translation>Message masqué.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Room #%1 is no longer in the inbox.</source>
        <translation>Le salon #%1 n&apos;est plus dans la boîte de réception.</translation>
    </message>
    <message>
        <source>No room to do among the loaded rooms.</source>
        <translation>Aucun salon à traiter parmi les salons chargés.</translation>
    </message>
    <message>
        <source>Rooms will be marked read when opened.</source>
        <translation>Les salons seront marqués comme lus à leur ouverture.</translation>
    </message>
    <message>
        <source>Rooms will no longer be marked read when opened.</source>
        <translation>Les salons ne seront plus marqués comme lus à leur ouverture.</translation>
    </message>
    <message>
        <source>Chatroom #%1 is not loaded in the inbox.</source>
        <translation>Le salon #%1 n&apos;est pas chargé dans la boîte de réception.</translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxBridge</name>
    <message>
        <source>Product #%1</source>
        <translation>Produit #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxStatus</name>
    <message>
        <source>Actions not sent yet</source>
        <translation>Actions pas encore envoyées</translation>
    </message>
    <message>
        <source>Actions not sent yet (Ctrl+Shift+O)</source>
        <translation>Actions pas encore envoyées (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Popsell asked to wait: trying again in %n s</source>
        <translation>
            <numerusform>Popsell a demandé d&apos;attendre&#xa0;: nouvel essai dans %n s</numerusform>
            <numerusform>Popsell a demandé d&apos;attendre&#xa0;: nouvel essai dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::PendingPanel</name>
    <message>
        <source>Actions not sent yet</source>
        <translation>Actions pas encore envoyées</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Tout a été envoyé.</translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation>Détails de l&apos;action sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send the selected action again now.</source>
        <translation>Renvoyer maintenant l&apos;action sélectionnée.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Correct what the server refused; OK there replaces this action.</source>
        <translation>Corrigez ce que le serveur a refusé&#x202f;; y valider par OK remplace cette action.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Drop the selected action: it will not be sent.</source>
        <translation>Supprimer l&apos;action sélectionnée&#xa0;: elle ne sera pas envoyée.</translation>
    </message>
</context>
<context>
    <name>popsell::app::PostMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Write a message — Ctrl+Enter sends</source>
        <translation>Écrivez un message — Ctrl+Entrée l&apos;envoie</translation>
    </message>
    <message>
        <source>Post a message in chatroom #%1</source>
        <translation>Publier un message dans le salon #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::ProductPreview</name>
    <message>
        <source>Product preview</source>
        <translation>Aperçu du produit</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>Aucun produit choisi</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>en rupture de stock</translation>
    </message>
    <message>
        <source>%1, price %2, discount %3, stock %4</source>
        <translation>%1, prix %2, remise %3, stock %4</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no discount</comment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>popsell::app::PushProductDialog</name>
    <message>
        <source>&amp;Push</source>
        <translation>P&amp;roposer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Rechercher des produits par nom</translation>
    </message>
    <message>
        <source>Push a product into chatroom #%1</source>
        <translation>Proposer un produit dans le salon #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::RequestRatingDialog</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demander</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sans note</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>Commentaire facultatif</translation>
    </message>
    <message>
        <source>Request a rating in chatroom #%1</source>
        <translation>Demander une évaluation dans le salon #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::RoomHeader</name>
    <message>
        <source>Chatroom details</source>
        <translation>Détails du salon</translation>
    </message>
    <message>
        <source>Chatroom</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>Established dialogue</source>
        <translation>Dialogue établi</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>read up to #%1</source>
        <translation>lu jusqu&apos;au #%1</translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation>rien lu pour l&apos;instant</translation>
    </message>
    <message>
        <source>No chatroom open</source>
        <translation>Aucun salon ouvert</translation>
    </message>
    <message>
        <source>Choose a chatroom in the inbox (Up/Down, Enter).</source>
        <translation>Choisissez un salon dans la boîte de réception (Haut/Bas, Entrée).</translation>
    </message>
    <message>
        <source>Chatroom #%1</source>
        <translation>Salon #%1</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>un-à-plusieurs</translation>
    </message>
    <message>
        <source>one to one</source>
        <translation>un-à-un</translation>
    </message>
    <message>
        <source>brand tag #%1</source>
        <translation>tag de marque #%1</translation>
    </message>
    <message>
        <source>No established dialogue</source>
        <translation>Aucun dialogue établi</translation>
    </message>
    <message>
        <source>Established dialogue since %1</source>
        <translation>Dialogue établi depuis le %1</translation>
    </message>
    <message>
        <source>online</source>
        <comment>member state</comment>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>member state</comment>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>the room, for this member</comment>
        <translation>salon archivé</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>this member, in the room</comment>
        <translation>bloqué</translation>
    </message>
</context>
<context>
    <name>popsell::app::SearchPicker</name>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>popsell::app::SessionActions</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in with a Popsell domain and a brand&apos;s API key.</source>
        <translation>Se connecter avec un domaine Popsell et la clé d&apos;API d&apos;une marque.</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Changer de &amp;profil</translation>
    </message>
    <message>
        <source>Open the sand&amp;box</source>
        <translation>Ouvrir le &amp;bac à sable</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Ends the session at Popsell and forgets this profile&apos;s token, saved key and cached data.</source>
        <translation>Met fin à la session chez Popsell et oublie le jeton, la clé enregistrée et les données en cache de ce profil.</translation>
    </message>
    <message>
        <source>No saved profile yet</source>
        <translation>Aucun profil enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 are held until you sign in again. Switching to %2 keeps its pending actions for later and drops the other requests.</source>
        <translation>
            <numerusform>%n requête de %1 est retenue jusqu&apos;à votre reconnexion. Passer à %2 conserve ses actions en attente pour plus tard et abandonne les autres requêtes.</numerusform>
            <numerusform>%n requêtes de %1 sont retenues jusqu&apos;à votre reconnexion. Passer à %2 conserve ses actions en attente pour plus tard et abandonne les autres requêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Drop and switch</source>
        <translation>&amp;Abandonner et changer</translation>
    </message>
</context>
<context>
    <name>popsell::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>popsell::app::SignInDialog</name>
    <message>
        <source>Sign in to Popsell</source>
        <translation>Se connecter à Popsell</translation>
    </message>
    <message>
        <source>The domain&apos;s brand</source>
        <translation>La marque du domaine</translation>
    </message>
    <message>
        <source>The brand id sent as X-Popsell-Brand. Leave it on “The domain&apos;s brand” to use the brand the domain belongs to.</source>
        <translation>L&apos;identifiant de marque envoyé dans X-Popsell-Brand. Laissez «&#xa0;La marque du domaine&#xa0;» pour utiliser la marque à laquelle appartient le domaine.</translation>
    </message>
    <message>
        <source>Only for a platform that does not serve the API at https://&lt;domain&gt;/api/v2.</source>
        <translation>Uniquement pour une plateforme qui ne sert pas l&apos;API à l&apos;adresse https://&lt;domaine&gt;/api/v2.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Open the sandbox</source>
        <translation>&amp;Ouvrir le bac à sable</translation>
    </message>
    <message>
        <source>Open the sandbox</source>
        <translation>Ouvrir le bac à sable</translation>
    </message>
    <message>
        <source>Demo data on a server inside the console: no account needed, nothing reaches Popsell.</source>
        <translation>Des données de démonstration sur un serveur intégré à la console&#xa0;: aucun compte nécessaire, rien ne parvient à Popsell.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Veuillez corriger les champs signalés ci-dessus.</translation>
    </message>
    <message>
        <source>Enter the Popsell domain, for example shop.example.com.</source>
        <translation>Saisissez le domaine Popsell, par exemple shop.example.com.</translation>
    </message>
    <message>
        <source>Enter the brand&apos;s API key.</source>
        <translation>Saisissez la clé d&apos;API de la marque.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
</context>
<context>
    <name>popsell::auth::SecretStore</name>
    <message>
        <source>Nothing was saved: the secret is empty.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: le secret est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the secret is %n byte(s) long, more than the %1 bytes a keychain entry holds.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: le secret fait %n octet, plus que les %1 octets que peut contenir une entrée du trousseau.</numerusform>
            <numerusform>Non enregistré&#xa0;: le secret fait %n octets, plus que les %1 octets que peut contenir une entrée du trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1).</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>Aucune connexion enregistrée pour ce profil.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n seconde.</numerusform>
            <numerusform>Le trousseau du système n&apos;a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The sign-in is kept for this session only.</source>
        <translation>%1 La connexion n&apos;est conservée que pour cette session.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>%1 The sign-in was forgotten for this session.</source>
        <translation>%1 La connexion a été oubliée pour cette session.</translation>
    </message>
</context>
<context>
    <name>popsell::auth::Session</name>
    <message>
        <source>Sign in to %1 again.</source>
        <translation>Reconnectez-vous à %1.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read: %1</source>
        <translation>Impossible de lire la connexion enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the brand&apos;s API key.</source>
        <translation>Saisissez la clé d&apos;API de la marque.</translation>
    </message>
    <message>
        <source>This is not an API key: it is longer than %1 bytes.</source>
        <translation>Ce n&apos;est pas une clé d&apos;API&#xa0;: elle dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The saved API key was refused. Sign in again.</source>
        <translation>La clé d&apos;API enregistrée a été refusée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your session with %1 ended. Sign in again: held actions are sent once you are back.</source>
        <translation>Votre session avec %1 a pris fin. Reconnectez-vous&#xa0;: les actions retenues seront envoyées dès votre retour.</translation>
    </message>
    <message>
        <source>The API key was refused for this domain.</source>
        <translation>La clé d&apos;API a été refusée pour ce domaine.</translation>
    </message>
    <message>
        <source>You signed out before this was sent: it was not sent.</source>
        <translation>Vous vous êtes déconnecté avant l&apos;envoi&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>popsell::cli::CommandRun</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and were left out</source>
        <translation>
            <numerusform>%n élément n&apos;a pas pu être lu et a été ignoré</numerusform>
            <numerusform>%n éléments n&apos;ont pas pu être lus et ont été ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 pages; more remain</source>
        <translation>arrêt après %1 pages&#x202f;; il en reste d&apos;autres</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2, %3 in total</source>
        <translation>page %1 sur %2, %3 au total</translation>
    </message>
    <message>
        <source>(next: --page %1; every page: --all)</source>
        <translation>(suivante&#xa0;: --page %1&#x202f;; toutes les pages&#xa0;: --all)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>popsell::cli::Session</name>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>le bac à sable n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>sandbox on %1, brand %2</source>
        <translation>bac à sable sur %1, marque %2</translation>
    </message>
    <message>
        <source>exchanging the API key for a token</source>
        <translation>échange de la clé d&apos;API contre un jeton</translation>
    </message>
    <message>
        <source>no --brand: asking GET /brand</source>
        <translation>pas de --brand&#xa0;: interrogation de GET /brand</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>marque %1</translation>
    </message>
</context>
<context>
    <name>popsell::models::AmbassadorSearchModel</name>
    <message>
        <source>Ambassador #%1</source>
        <translation>Ambassadeur #%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
</context>
<context>
    <name>popsell::models::BrandTagSearchModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::models::MessagePreview</name>
    <message>
        <source>Hidden message</source>
        <translation>Message masqué</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Rating: %1/5</source>
        <translation>Évaluation&#xa0;: %1/5</translation>
    </message>
    <message>
        <source>Rating requested</source>
        <translation>Évaluation demandée</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>popsell::models::ProductSearchModel</name>
    <message>
        <source>%1 (SKU %2)</source>
        <translation>%1 (réf. %2)</translation>
    </message>
</context>
</TS>
