<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountCommands</name>
    <message>
        <source>Show the brand behind the domain (no token needed).</source>
        <translation>Die Marke hinter der Domain anzeigen (kein Token nötig).</translation>
    </message>
    <message>
        <source>Invalidate the token.</source>
        <translation>Das Token ungültig machen.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Set (or clear) an ambassador&apos;s temporary e-mail address.</source>
        <translation>Die vorübergehende E-Mail-Adresse eines Botschafters setzen (oder löschen).</translation>
    </message>
    <message>
        <source>Ambassador id.</source>
        <translation>ID des Botschafters.</translation>
    </message>
    <message>
        <source>The new email_tmp.</source>
        <translation>Der neue Wert von email_tmp.</translation>
    </message>
    <message>
        <source>Set email_tmp to null instead.</source>
        <translation>Stattdessen email_tmp auf null setzen.</translation>
    </message>
    <message>
        <source>give either --email-tmp EMAIL or --clear-email-tmp</source>
        <translation>entweder --email-tmp EMAIL oder --clear-email-tmp angeben</translation>
    </message>
    <message>
        <source>Find, or create, the client ambassador of an e-mail address.</source>
        <translation>Den Kunden-Botschafter zu einer E-Mail-Adresse finden oder anlegen.</translation>
    </message>
    <message>
        <source>Their e-mail address (required).</source>
        <translation>Seine E-Mail-Adresse (erforderlich).</translation>
    </message>
    <message>
        <source>First name, for a new account.</source>
        <translation>Vorname, für ein neues Konto.</translation>
    </message>
    <message>
        <source>Last name, for a new account.</source>
        <translation>Nachname, für ein neues Konto.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The Popsell server could not be reached. Check the network connection.</source>
        <translation>Der Popsell-Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The Popsell server did not answer in time.</source>
        <translation>Der Popsell-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the Popsell server failed: its certificate was not accepted.</source>
        <translation>Die sichere Verbindung zum Popsell-Server ist fehlgeschlagen: sein Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The Popsell server did not accept the credentials. Sign in again.</source>
        <translation>Der Popsell-Server hat die Zugangsdaten nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Sie sind dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>The requested item does not exist (any more).</source>
        <translation>Das angeforderte Element existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The same action is still being processed. Try again in a moment.</source>
        <translation>Dieselbe Aktion wird noch verarbeitet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Popsell server refused the data.</source>
        <translation>Der Popsell-Server hat die Daten abgelehnt.</translation>
    </message>
    <message>
        <source>The Popsell server refused the data: %1</source>
        <translation>Der Popsell-Server hat die Daten abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again in a moment.</source>
        <translation>Zu viele Anfragen. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The Popsell server had a problem (HTTP %1). Try again later.</source>
        <translation>Beim Popsell-Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The Popsell server sent an answer that cannot be read.</source>
        <translation>Der Popsell-Server hat eine unlesbare Antwort gesendet.</translation>
    </message>
    <message>
        <source>Refused to contact an address that is not the configured Popsell server over a secure connection.</source>
        <translation>Kontakt zu einer Adresse abgelehnt, die nicht der konfigurierte Popsell-Server über eine sichere Verbindung ist.</translation>
    </message>
    <message>
        <source>The Popsell server refused the request (HTTP %1): %2</source>
        <translation>Der Popsell-Server hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Popsell server refused the request (HTTP %1).</source>
        <translation>Der Popsell-Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Die Anfrage ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ChatroomCommands</name>
    <message>
        <source>Create a chatroom between two ambassadors, or for a brand tag.</source>
        <translation>Einen Chatroom zwischen zwei Botschaftern oder für ein Marken-Tag anlegen.</translation>
    </message>
    <message>
        <source>The two members: two ambassador ids.</source>
        <translation>Die beiden Mitglieder: zwei Botschafter-IDs.</translation>
    </message>
    <message>
        <source>A one-to-many chatroom for this brand tag instead.</source>
        <translation>Stattdessen ein 1:n-Chatroom für dieses Marken-Tag.</translation>
    </message>
    <message>
        <source>0 direct, 1 waiting_list, 2 hot_list (number or name; default 0).</source>
        <translation>0 direct, 1 waiting_list, 2 hot_list (Zahl oder Name; Standard 0).</translation>
    </message>
    <message>
        <source>give either --ambassadors A,B or --brand-tag ID</source>
        <translation>entweder --ambassadors A,B oder --brand-tag ID angeben</translation>
    </message>
    <message>
        <source>--ambassadors expects exactly two ids</source>
        <translation>--ambassadors erwartet genau zwei IDs</translation>
    </message>
    <message>
        <source>Mark a chatroom&apos;s dialogue as established (at DATE, default now), or clear it.</source>
        <translation>Den Dialog eines Chatrooms als etabliert markieren (zu DATE, standardmäßig jetzt) oder zurücksetzen.</translation>
    </message>
    <message>
        <source>When it was established: 2023-10-06 13:41:09.123, 2023-10-06T13:41:09Z, ... (no zone = UTC; default now).</source>
        <translation>Wann er etabliert wurde: 2023-10-06 13:41:09.123, 2023-10-06T13:41:09Z, … (ohne Zone = UTC; standardmäßig jetzt).</translation>
    </message>
    <message>
        <source>Clear it instead.</source>
        <translation>Stattdessen zurücksetzen.</translation>
    </message>
    <message>
        <source>give DATE or --clear, not both</source>
        <translation>DATE oder --clear angeben, nicht beides</translation>
    </message>
    <message>
        <source>DATE must be a timestamp such as 2023-10-06 13:41:09.123 or 2023-10-06T13:41:09Z, not &quot;%1&quot;</source>
        <translation>DATE muss ein Zeitstempel wie 2023-10-06 13:41:09.123 oder 2023-10-06T13:41:09Z sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Show one chatroom.</source>
        <translation>Einen Chatroom anzeigen.</translation>
    </message>
    <message>
        <source>Show one chatroom with its messages (manager scope).</source>
        <translation>Einen Chatroom mit seinen Nachrichten anzeigen (Bereich manager).</translation>
    </message>
    <message>
        <source>List the brand&apos;s chatrooms: the moderator inbox (manager scope).</source>
        <translation>Die Chatrooms der Marke auflisten: den Posteingang der Moderation (Bereich manager).</translation>
    </message>
    <message>
        <source>Chatroom type: 0 one to one, 7 one to many.</source>
        <translation>Chatroom-Typ: 0 1:1, 7 1:n.</translation>
    </message>
    <message>
        <source>Discussion type: 0 members, 1 external, 2 both.</source>
        <translation>Diskussionstyp: 0 Mitglieder, 1 extern, 2 beides.</translation>
    </message>
    <message>
        <source>direct, waiting_list or hot_list (or 0-2).</source>
        <translation>direct, waiting_list oder hot_list (oder 0–2).</translation>
    </message>
    <message>
        <source>established or not_established.</source>
        <translation>established oder not_established.</translation>
    </message>
    <message>
        <source>0 to 5, or not_rated.</source>
        <translation>0 bis 5 oder not_rated.</translation>
    </message>
    <message>
        <source>Chatrooms this ambassador posted in.</source>
        <translation>Chatrooms, in denen dieser Botschafter geschrieben hat.</translation>
    </message>
    <message>
        <source>List the chatrooms of an ambassador and of his guest accounts.</source>
        <translation>Die Chatrooms eines Botschafters und seiner Gastkonten auflisten.</translation>
    </message>
    <message>
        <source>true: archived chatrooms too.</source>
        <translation>true: auch archivierte Chatrooms.</translation>
    </message>
    <message>
        <source>true: commented only; false: not.</source>
        <translation>true: nur kommentierte; false: nicht kommentierte.</translation>
    </message>
    <message>
        <source>todo (1) or done (2).</source>
        <translation>todo (1) oder done (2).</translation>
    </message>
    <message>
        <source>Last action strictly before this timestamp (as the API gave it).</source>
        <translation>Letzte Aktion strikt vor diesem Zeitstempel (wie von der API geliefert).</translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 muss eine positive ganze Zahl sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 expects a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 erwartet eine positive ganze Zahl, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>%1 expects comma-separated positive ids, not &quot;%2&quot;</source>
        <translation>%1 erwartet durch Kommas getrennte positive IDs, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 expects at least one id</source>
        <translation>%1 erwartet mindestens eine ID</translation>
    </message>
    <message>
        <source>%1 expects comma-separated whole numbers from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 erwartet durch Kommas getrennte ganze Zahlen von %2 bis %3, nicht „%4“</translation>
    </message>
    <message>
        <source>%1 expects at least one value</source>
        <translation>%1 erwartet mindestens einen Wert</translation>
    </message>
    <message>
        <source>%1 expects true or false, not &quot;%2&quot;</source>
        <translation>%1 erwartet true oder false, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 expects one of %2, not &quot;%3&quot;</source>
        <translation>%1 erwartet einen der Werte %2, nicht „%3“</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Page number (default 1).</source>
        <translation>Seitennummer (Standard 1).</translation>
    </message>
    <message>
        <source>Items per page, up to %1 (default: the server&apos;s, 15).</source>
        <translation>Einträge pro Seite, bis zu %1 (Standard: der des Servers, 15).</translation>
    </message>
    <message>
        <source>Every page, from the first one asked, merged.</source>
        <translation>Alle Seiten ab der ersten angeforderten, zusammengeführt.</translation>
    </message>
    <message>
        <source>Sort field, -FIELD for descending.</source>
        <translation>Sortierfeld, -FELD für absteigende Reihenfolge.</translation>
    </message>
    <message>
        <source>Chatroom id.</source>
        <translation>ID des Chatrooms.</translation>
    </message>
    <message>
        <source>Ambassador id.</source>
        <translation>ID des Botschafters.</translation>
    </message>
</context>
<context>
    <name>CreateChatroomForm</name>
    <message>
        <source>Between two &amp;ambassadors</source>
        <translation>Zwischen zwei &amp;Botschaftern</translation>
    </message>
    <message>
        <source>Between two ambassadors</source>
        <translation>Zwischen zwei Botschaftern</translation>
    </message>
    <message>
        <source>For a &amp;brand tag</source>
        <translation>Für ein &amp;Marken-Tag</translation>
    </message>
    <message>
        <source>For a brand tag</source>
        <translation>Für ein Marken-Tag</translation>
    </message>
    <message>
        <source>&amp;First ambassador</source>
        <translation>&amp;Erster Botschafter</translation>
    </message>
    <message>
        <source>First ambassador</source>
        <translation>Erster Botschafter</translation>
    </message>
    <message>
        <source>&amp;Second ambassador</source>
        <translation>&amp;Zweiter Botschafter</translation>
    </message>
    <message>
        <source>Second ambassador</source>
        <translation>Zweiter Botschafter</translation>
    </message>
    <message>
        <source>Brand &amp;tag</source>
        <translation>Marken-&amp;Tag</translation>
    </message>
    <message>
        <source>Brand tag</source>
        <translation>Marken-Tag</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>CreateChatroomRequest</name>
    <message>
        <source>Give either two ambassadors or a brand tag, not both.</source>
        <translation>Geben Sie entweder zwei Botschafter oder ein Marken-Tag an, nicht beides.</translation>
    </message>
    <message>
        <source>Give either two ambassadors or a brand tag.</source>
        <translation>Geben Sie entweder zwei Botschafter oder ein Marken-Tag an.</translation>
    </message>
    <message>
        <source>Exactly two ambassadors are needed.</source>
        <translation>Es werden genau zwei Botschafter benötigt.</translation>
    </message>
    <message>
        <source>The two ambassadors must differ.</source>
        <translation>Die beiden Botschafter müssen verschieden sein.</translation>
    </message>
    <message>
        <source>Ambassador ids are positive.</source>
        <translation>Botschafter-IDs sind positiv.</translation>
    </message>
    <message>
        <source>Brand tag ids are positive.</source>
        <translation>Marken-Tag-IDs sind positiv.</translation>
    </message>
    <message>
        <source>The source is 0 (direct), 1 (waiting list) or 2 (hot list).</source>
        <translation>Die Quelle ist 0 (direkt), 1 (Warteliste) oder 2 (Hotlist).</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>Statuses, comma-separated: 0 ambassador ... 7 client, 8 temp.</source>
        <translation>Status, durch Kommas getrennt: 0 Botschafter … 7 Kunde, 8 temporär.</translation>
    </message>
    <message>
        <source>Search the brand&apos;s ambassadors (chat scope).</source>
        <translation>Die Botschafter der Marke durchsuchen (Bereich chat).</translation>
    </message>
    <message>
        <source>First name, last name or username contains.</source>
        <translation>Vorname, Nachname oder Benutzername enthält.</translation>
    </message>
    <message>
        <source>Members of this brand tag.</source>
        <translation>Mitglieder dieses Marken-Tags.</translation>
    </message>
    <message>
        <source>Leave this ambassador out.</source>
        <translation>Diesen Botschafter auslassen.</translation>
    </message>
    <message>
        <source>List ambassadors with their moderation indicators (manager scope).</source>
        <translation>Botschafter mit ihren Moderationskennzahlen auflisten (Bereich manager).</translation>
    </message>
    <message>
        <source>Name, username or e-mail contains.</source>
        <translation>Name, Benutzername oder E-Mail enthält.</translation>
    </message>
    <message>
        <source>Has this role.</source>
        <translation>Hat diese Rolle.</translation>
    </message>
    <message>
        <source>Activity state: -3 unsubscribed by brand ... 1 active.</source>
        <translation>Aktivitätsstatus: -3 von der Marke abgemeldet … 1 aktiv.</translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation>true oder false.</translation>
    </message>
    <message>
        <source>Manager users only.</source>
        <translation>Nur Manager-Benutzer.</translation>
    </message>
    <message>
        <source>List ambassadors, light records (manager scope).</source>
        <translation>Botschafter auflisten, schlanke Datensätze (Bereich manager).</translation>
    </message>
    <message>
        <source>Search the brand&apos;s products.</source>
        <translation>Die Produkte der Marke durchsuchen.</translation>
    </message>
    <message>
        <source>Name contains.</source>
        <translation>Name enthält.</translation>
    </message>
    <message>
        <source>Description contains.</source>
        <translation>Beschreibung enthält.</translation>
    </message>
    <message>
        <source>SKU contains.</source>
        <translation>SKU enthält.</translation>
    </message>
    <message>
        <source>Price, or a range MIN,MAX.</source>
        <translation>Preis oder ein Bereich MIN,MAX.</translation>
    </message>
    <message>
        <source>Stock, or a range MIN,MAX.</source>
        <translation>Bestand oder ein Bereich MIN,MAX.</translation>
    </message>
    <message>
        <source>Show one product.</source>
        <translation>Ein Produkt anzeigen.</translation>
    </message>
    <message>
        <source>Product id.</source>
        <translation>ID des Produkts.</translation>
    </message>
    <message>
        <source>List the brand tags (for brand-tag chatrooms).</source>
        <translation>Die Marken-Tags auflisten (für Marken-Tag-Chatrooms).</translation>
    </message>
    <message>
        <source>Chat visibility, 1 or 2.</source>
        <translation>Sichtbarkeit im Chat, 1 oder 2.</translation>
    </message>
    <message>
        <source>List the chat topics (what chatroom summaries are about).</source>
        <translation>Die Chat-Themen auflisten (worum es in den Chatroom-Zusammenfassungen geht).</translation>
    </message>
    <message>
        <source>Label contains.</source>
        <translation>Bezeichnung enthält.</translation>
    </message>
    <message>
        <source>Show one chat topic.</source>
        <translation>Ein Chat-Thema anzeigen.</translation>
    </message>
    <message>
        <source>Chat topic id.</source>
        <translation>ID des Chat-Themas.</translation>
    </message>
</context>
<context>
    <name>EstablishedDialogueUpdate</name>
    <message>
        <source>The dialogue date is not a valid date.</source>
        <translation>Das Dialogdatum ist kein gültiges Datum.</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>other failure (cancelled, the sandbox did not start)</source>
        <translation>anderer Fehler (abgebrochen, die Sandbox ist nicht gestartet)</translation>
    </message>
    <message>
        <source>usage error: the command line is wrong, nothing was sent</source>
        <translation>Bedienungsfehler: die Befehlszeile ist falsch, nichts wurde gesendet</translation>
    </message>
    <message>
        <source>network failure: unreachable, timeout, TLS</source>
        <translation>Netzwerkfehler: nicht erreichbar, Zeitüberschreitung, TLS</translation>
    </message>
    <message>
        <source>unauthorized (401): bad token or API key</source>
        <translation>nicht autorisiert (401): falsches Token oder falscher API-Schlüssel</translation>
    </message>
    <message>
        <source>forbidden (403)</source>
        <translation>verboten (403)</translation>
    </message>
    <message>
        <source>not found (404)</source>
        <translation>nicht gefunden (404)</translation>
    </message>
    <message>
        <source>refused as invalid: validation (422) or another 4xx</source>
        <translation>als ungültig abgelehnt: Validierung (422) oder ein anderer 4xx-Fehler</translation>
    </message>
    <message>
        <source>rate limited (429) or conflict (409): try again later</source>
        <translation>Ratenbegrenzung (429) oder Konflikt (409): später erneut versuchen</translation>
    </message>
    <message>
        <source>server error (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>bad response, or a URL refused as insecure</source>
        <translation>ungültige Antwort oder als unsicher abgelehnte URL</translation>
    </message>
</context>
<context>
    <name>GlobalOptionSet</name>
    <message>
        <source>API base URL, https://DOMAIN/api/v2 (http:// only on loopback).</source>
        <translation>Basis-URL der API, https://DOMAIN/api/v2 (http:// nur über Loopback).</translation>
    </message>
    <message>
        <source>Bearer token (default: the %1 environment variable).</source>
        <translation>Bearer-Token (Standard: die Umgebungsvariable %1).</translation>
    </message>
    <message>
        <source>API key, exchanged for a token first (POST /auth/token).</source>
        <translation>API-Schlüssel, der zuerst gegen ein Token getauscht wird (POST /auth/token).</translation>
    </message>
    <message>
        <source>Platform domain sent as X-Popsell-Domain (default: the base URL&apos;s host).</source>
        <translation>Plattform-Domain, gesendet als X-Popsell-Domain (Standard: der Host der Basis-URL).</translation>
    </message>
    <message>
        <source>Brand id sent as X-Popsell-Brand (default: asked from GET /brand when needed).</source>
        <translation>Marken-ID, gesendet als X-Popsell-Brand (Standard: bei Bedarf über GET /brand erfragt).</translation>
    </message>
    <message>
        <source>Print the result as one JSON document; errors as one JSON line on stderr.</source>
        <translation>Das Ergebnis als ein JSON-Dokument ausgeben; Fehler als eine JSON-Zeile auf stderr.</translation>
    </message>
    <message>
        <source>Start a local API sandbox with demo data in memory and use it.</source>
        <translation>Eine lokale API-Sandbox mit Demodaten im Speicher starten und verwenden.</translation>
    </message>
    <message>
        <source>Give up on a request after MS milliseconds (default 60000).</source>
        <translation>Eine Anfrage nach MS Millisekunden aufgeben (Standard 60000).</translation>
    </message>
    <message>
        <source>Technical detail on stderr (never the token).</source>
        <translation>Technische Details auf stderr (nie das Token).</translation>
    </message>
    <message>
        <source>Show the help (of a command, after its name).</source>
        <translation>Die Hilfe anzeigen (eines Befehls, nach seinem Namen).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>--sandbox and --base-url exclude each other</source>
        <translation>--sandbox und --base-url schließen einander aus</translation>
    </message>
    <message>
        <source>--base-url expects an http(s) URL such as https://example.com/api/v2, not &quot;%1&quot;</source>
        <translation>--base-url erwartet eine http(s)-URL wie https://example.com/api/v2, nicht „%1“</translation>
    </message>
    <message>
        <source>--token and --api-key exclude each other</source>
        <translation>--token und --api-key schließen einander aus</translation>
    </message>
    <message>
        <source>--token is empty</source>
        <translation>--token ist leer</translation>
    </message>
    <message>
        <source>--api-key is empty</source>
        <translation>--api-key ist leer</translation>
    </message>
    <message>
        <source>--brand expects a positive whole number, not &quot;%1&quot;</source>
        <translation>--brand erwartet eine positive ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--timeout expects milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout erwartet Millisekunden von 1 bis %1, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage: popsellctl [global options] COMMAND [arguments] [options]</source>
        <translation>Aufruf: popsellctl [globale Optionen] BEFEHL [Argumente] [Optionen]</translation>
    </message>
    <message>
        <source>Command-line client of the Popsell API v2, for scripting and batch work.</source>
        <translation>Kommandozeilen-Client der Popsell-API v2, für Skripte und Stapelverarbeitung.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>&quot;popsellctl COMMAND --help&quot; shows the arguments and options of a command.</source>
        <translation>„popsellctl BEFEHL --help“ zeigt die Argumente und Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Aufrufe:</translation>
    </message>
    <message>
        <source>Global options and exit codes: popsellctl --help</source>
        <translation>Globale Optionen und Exit-Codes: popsellctl --help</translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message>
        <source>not scored</source>
        <translation>ohne Bewertung</translation>
    </message>
    <message>
        <source>read up to %1</source>
        <translation>gelesen bis %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>bewertet %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[ausgeblendet]</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>chatroom</source>
        <translation>Chatroom</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>established</source>
        <translation>etabliert</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>nicht etabliert</translation>
    </message>
    <message>
        <source>last rating</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>brand tag</source>
        <translation>Marken-Tag</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>LETZTE NACHRICHT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>KENNZEICHEN</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>Botschafter</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>email_tmp</source>
        <translation>email_tmp</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>last action</source>
        <translation>letzte Aktion</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>ONLINE</source>
        <translation>ONLINE</translation>
    </message>
    <message>
        <source>LAST ACTION</source>
        <translation>LETZTE AKTION</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation>Katalogpreis</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>%1 available</source>
        <translation>%1 verfügbar</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PREIS</translation>
    </message>
    <message>
        <source>STOCK</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>SICHTBARKEIT</translation>
    </message>
    <message>
        <source>chat topic</source>
        <translation>Chat-Thema</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>Bezeichnungen</translation>
    </message>
    <message>
        <source>color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>FARBE</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSITION</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>front office</source>
        <translation>Frontoffice</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>Registrierung</translation>
    </message>
</context>
<context>
    <name>InvocationParser</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>give --base-url URL, or --sandbox</source>
        <translation>--base-url URL oder --sandbox angeben</translation>
    </message>
    <message>
        <source>no credentials: give --token, set %1, or give --api-key</source>
        <translation>keine Zugangsdaten: --token angeben, %1 setzen oder --api-key angeben</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>one to one</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>1:n</translation>
    </message>
    <message>
        <source>between members</source>
        <translation>zwischen Mitgliedern</translation>
    </message>
    <message>
        <source>between external</source>
        <translation>zwischen Externen</translation>
    </message>
    <message>
        <source>members and external</source>
        <translation>Mitglieder und Externe</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>Botschafter</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>shop manager</source>
        <translation>Filialleiter</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>temp</source>
        <translation>temporär</translation>
    </message>
    <message>
        <source>unsubscribed by brand</source>
        <translation>von der Marke abgemeldet</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>unactivated</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
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
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inbox title</source>
        <translation>Titel des Posteingangs</translation>
    </message>
    <message>
        <source>Filter loaded chatrooms: names, room id, message</source>
        <translation>Geladene Chatrooms filtern: Namen, Chatroom-ID, Nachricht</translation>
    </message>
    <message>
        <source>Filter chatrooms</source>
        <translation>Chatrooms filtern</translation>
    </message>
    <message>
        <source>Chatroom inbox</source>
        <translation>Chatroom-Posteingang</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Chatroom</source>
        <translation>&amp;Chatroom</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>MemberActionForm</name>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Mitglied</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Mark read in chatroom #%1</source>
        <translation>In Chatroom #%1 als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Marks every message of the room as read by %1.</source>
        <translation>Markiert alle Nachrichten des Chatrooms als von %1 gelesen.</translation>
    </message>
    <message>
        <source>Flag chatroom #%1 as to do</source>
        <translation>Chatroom #%1 als „zu erledigen“ markieren</translation>
    </message>
    <message>
        <source>Flag as &amp;to do</source>
        <translation>Als „zu &amp;erledigen“ markieren</translation>
    </message>
    <message>
        <source>Flag chatroom #%1 as done</source>
        <translation>Chatroom #%1 als „erledigt“ markieren</translation>
    </message>
    <message>
        <source>Flag as &amp;done</source>
        <translation>Als „erle&amp;digt“ markieren</translation>
    </message>
    <message>
        <source>Clear the flag of chatroom #%1</source>
        <translation>Markierung von Chatroom #%1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear flag</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>keine Markierung</translation>
    </message>
    <message>
        <source>For %1 (now: %2).</source>
        <translation>Für %1 (derzeit: %2).</translation>
    </message>
    <message>
        <source>Archive or unarchive chatroom #%1</source>
        <translation>Chatroom #%1 archivieren oder wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Unarchives the room for %1 (archived now).</source>
        <translation>Stellt den Chatroom für %1 wieder her (derzeit archiviert).</translation>
    </message>
    <message>
        <source>Archives the room for %1.</source>
        <translation>Archiviert den Chatroom für %1.</translation>
    </message>
    <message>
        <source>Block or unblock in chatroom #%1</source>
        <translation>In Chatroom #%1 sperren oder entsperren</translation>
    </message>
    <message>
        <source>Unblocks %1 in this room (blocked now).</source>
        <translation>Entsperrt %1 in diesem Chatroom (derzeit gesperrt).</translation>
    </message>
    <message>
        <source>Blocks %1 in this room: they can no longer post.</source>
        <translation>Sperrt %1 in diesem Chatroom: Dieses Mitglied kann nichts mehr schreiben.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Mark the last message of a chatroom as read by an ambassador.</source>
        <translation>Die letzte Nachricht eines Chatrooms als von einem Botschafter gelesen markieren.</translation>
    </message>
    <message>
        <source>Set an ambassador&apos;s moderation flag on a chatroom: todo, done or clear.</source>
        <translation>Die Moderationsmarkierung eines Botschafters für einen Chatroom setzen: todo, done oder clear.</translation>
    </message>
    <message>
        <source>todo, done or clear.</source>
        <translation>todo, done oder clear.</translation>
    </message>
    <message>
        <source>FLAG must be todo, done or clear, not &quot;%1&quot;</source>
        <translation>FLAG muss todo, done oder clear sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Chatroom %1 flagged %2 for ambassador %3.</source>
        <translation>Chatroom %1 für Botschafter %3 als „%2“ markiert.</translation>
    </message>
    <message>
        <source>Chatroom %1 unflagged for ambassador %2.</source>
        <translation>Markierung von Chatroom %1 für Botschafter %2 entfernt.</translation>
    </message>
    <message>
        <source>Archive a chatroom for one ambassador.</source>
        <translation>Einen Chatroom für einen Botschafter archivieren.</translation>
    </message>
    <message>
        <source>Bring an archived chatroom back for one ambassador.</source>
        <translation>Einen archivierten Chatroom für einen Botschafter wiederherstellen.</translation>
    </message>
    <message>
        <source>Chatroom %1 archived for ambassador %2.</source>
        <translation>Chatroom %1 für Botschafter %2 archiviert.</translation>
    </message>
    <message>
        <source>Chatroom %1 unarchived for ambassador %2.</source>
        <translation>Chatroom %1 für Botschafter %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Block a chatroom for one ambassador.</source>
        <translation>Einen Chatroom für einen Botschafter sperren.</translation>
    </message>
    <message>
        <source>Unblock a chatroom for one ambassador.</source>
        <translation>Einen Chatroom für einen Botschafter entsperren.</translation>
    </message>
    <message>
        <source>Chatroom %1 blocked for ambassador %2.</source>
        <translation>Chatroom %1 für Botschafter %2 gesperrt.</translation>
    </message>
    <message>
        <source>Chatroom %1 unblocked for ambassador %2.</source>
        <translation>Chatroom %1 für Botschafter %2 entsperrt.</translation>
    </message>
    <message>
        <source>Purge a chatroom for one ambassador (hides it from his list).</source>
        <translation>Einen Chatroom für einen Botschafter bereinigen (blendet ihn in seiner Liste aus).</translation>
    </message>
    <message>
        <source>The ambassador it is purged for (required).</source>
        <translation>Der Botschafter, für den er bereinigt wird (erforderlich).</translation>
    </message>
    <message>
        <source>Chatroom %1 purged for ambassador %2.</source>
        <translation>Chatroom %1 für Botschafter %2 bereinigt.</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Post a message carrying a product card in a chatroom.</source>
        <translation>Eine Nachricht mit einer Produktkarte in einem Chatroom veröffentlichen.</translation>
    </message>
    <message>
        <source>The author (required).</source>
        <translation>Der Autor (erforderlich).</translation>
    </message>
    <message>
        <source>The product (required).</source>
        <translation>Das Produkt (erforderlich).</translation>
    </message>
    <message>
        <source>Post a message (text by default) in a chatroom.</source>
        <translation>Eine Nachricht (standardmäßig Text) in einem Chatroom veröffentlichen.</translation>
    </message>
    <message>
        <source>The content (required).</source>
        <translation>Der Inhalt (erforderlich).</translation>
    </message>
    <message>
        <source>Message type: 0 text (default), 1 picture, 3 product, 4 connection, 5 request, 6 unavailable, 7 video, 8 email, 9 missed; not 2 (use rate).</source>
        <translation>Nachrichtentyp: 0 Text (Standard), 1 Bild, 3 Produkt, 4 Verbindung, 5 Anfrage, 6 nicht verfügbar, 7 Video, 8 E-Mail, 9 verpasst; nicht 2 (rate verwenden).</translation>
    </message>
    <message>
        <source>Ask for a rating in a chatroom (a rating message); optionally score it.</source>
        <translation>Eine Bewertung in einem Chatroom anfordern (eine Bewertungsnachricht); optional gleich benoten.</translation>
    </message>
    <message>
        <source>The ambassador who rates.</source>
        <translation>Der bewertende Botschafter.</translation>
    </message>
    <message>
        <source>The ambassador who is rated.</source>
        <translation>Der bewertete Botschafter.</translation>
    </message>
    <message>
        <source>Then set the score, 0 to 5.</source>
        <translation>Danach die Punktzahl setzen, 0 bis 5.</translation>
    </message>
    <message>
        <source>Then set the comment.</source>
        <translation>Danach den Kommentar setzen.</translation>
    </message>
    <message>
        <source>the rating message %1 was created, but its score was not set</source>
        <translation>die Bewertungsnachricht %1 wurde erstellt, ihre Punktzahl aber nicht gesetzt</translation>
    </message>
    <message>
        <source>List the messages of a chatroom (newest first by default).</source>
        <translation>Die Nachrichten eines Chatrooms auflisten (standardmäßig neueste zuerst).</translation>
    </message>
    <message>
        <source>Only messages sent strictly before this timestamp.</source>
        <translation>Nur Nachrichten, die strikt vor diesem Zeitstempel gesendet wurden.</translation>
    </message>
    <message>
        <source>true: visible only; false: hidden only.</source>
        <translation>true: nur sichtbare; false: nur ausgeblendete.</translation>
    </message>
    <message>
        <source>Only this message type (0-9).</source>
        <translation>Nur dieser Nachrichtentyp (0–9).</translation>
    </message>
    <message>
        <source>Show one message.</source>
        <translation>Eine Nachricht anzeigen.</translation>
    </message>
    <message>
        <source>Message id.</source>
        <translation>ID der Nachricht.</translation>
    </message>
    <message>
        <source>Replace the content of a message.</source>
        <translation>Den Inhalt einer Nachricht ersetzen.</translation>
    </message>
    <message>
        <source>The new content (required).</source>
        <translation>Der neue Inhalt (erforderlich).</translation>
    </message>
    <message>
        <source>Show a hidden message again.</source>
        <translation>Eine ausgeblendete Nachricht wieder einblenden.</translation>
    </message>
    <message>
        <source>Hide a message (moderation; it is kept, inactive).</source>
        <translation>Eine Nachricht ausblenden (Moderation; sie bleibt erhalten, inaktiv).</translation>
    </message>
</context>
<context>
    <name>MessageKindStyle</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Verpasster Anruf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>MessageUpdate</name>
    <message>
        <source>Give a new content, a visibility or both.</source>
        <translation>Geben Sie einen neuen Inhalt, eine Sichtbarkeit oder beides an.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The action was not accepted: %1</source>
        <translation>Die Aktion wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>der Postausgang ist nicht geöffnet</translation>
    </message>
    <message>
        <source>This action is not waiting to be sent any more.</source>
        <translation>Diese Aktion wartet nicht mehr auf den Versand.</translation>
    </message>
    <message>
        <source>This action is being sent.</source>
        <translation>Diese Aktion wird gerade gesendet.</translation>
    </message>
    <message>
        <source>Only an action the server refused can be edited.</source>
        <translation>Nur eine vom Server abgelehnte Aktion kann bearbeitet werden.</translation>
    </message>
    <message>
        <source>This action is being sent and cannot be discarded now.</source>
        <translation>Diese Aktion wird gerade gesendet und kann jetzt nicht verworfen werden.</translation>
    </message>
    <message>
        <source>It is not known whether this action was applied. Check, then send it again or discard it.</source>
        <translation>Es ist nicht bekannt, ob diese Aktion ausgeführt wurde. Prüfen Sie das und senden Sie sie dann erneut oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>It could not be sent, after several attempts.</source>
        <translation>Sie konnte auch nach mehreren Versuchen nicht gesendet werden.</translation>
    </message>
    <message>
        <source>It could not be checked whether this action was applied: look at the chatroom, then send it again or discard it.</source>
        <translation>Es ließ sich nicht prüfen, ob diese Aktion ausgeführt wurde: Sehen Sie im Chatroom nach und senden Sie sie dann erneut oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>It could not be checked whether this action was applied: %1</source>
        <translation>Es ließ sich nicht prüfen, ob diese Aktion ausgeführt wurde: %1</translation>
    </message>
    <message>
        <source>Create a chatroom</source>
        <translation>Chatroom anlegen</translation>
    </message>
    <message>
        <source>Push a product</source>
        <translation>Produkt vorschlagen</translation>
    </message>
    <message>
        <source>Request a rating</source>
        <translation>Bewertung anfordern</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Als gelesen markieren</translation>
    </message>
    <message>
        <source>Set the dialogue state</source>
        <translation>Dialogstatus setzen</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Erfordert Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The action belongs to no profile: sign in first.</source>
        <translation>Die Aktion gehört zu keinem Profil: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The action is malformed.</source>
        <translation>Die Aktion ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The dialogue date is not a valid date.</source>
        <translation>Das Dialogdatum ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>%1 in chatroom %2</source>
        <comment>action, chatroom id</comment>
        <translation>%1 in Chatroom %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>action: state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what failed (database&apos;s reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The outbox database refused a statement</source>
        <translation>Die Datenbank des Postausgangs hat eine Anweisung abgelehnt</translation>
    </message>
    <message>
        <source>The outbox database could not be written</source>
        <translation>Die Datenbank des Postausgangs konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The action is no longer in the outbox</source>
        <translation>Die Aktion ist nicht mehr im Postausgang</translation>
    </message>
    <message>
        <source>The outbox database could not be set up</source>
        <translation>Die Datenbank des Postausgangs konnte nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>The outbox&apos;s folder could not be created</source>
        <translation>Der Ordner des Postausgangs konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The outbox database could not be opened</source>
        <translation>Die Datenbank des Postausgangs konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The outbox database could not be read</source>
        <translation>Die Datenbank des Postausgangs konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of this application</source>
        <translation>Der Postausgang wurde von einer neueren Version dieser Anwendung geschrieben</translation>
    </message>
    <message>
        <source>The outbox is not open</source>
        <translation>Der Postausgang ist nicht geöffnet</translation>
    </message>
    <message>
        <source>The action could not be saved, so it was not accepted</source>
        <translation>Die Aktion konnte nicht gespeichert werden und wurde daher nicht angenommen</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>action state</comment>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>action state</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>action state</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>Siehe „%1“.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>PostMessageForm</name>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>PostMessageRequest</name>
    <message>
        <source>The author ambassador is required.</source>
        <translation>Der Botschafter als Autor ist erforderlich.</translation>
    </message>
    <message>
        <source>The message type is 0, 1 or 3 to 9 (ratings are requested apart).</source>
        <translation>Der Nachrichtentyp ist 0, 1 oder 3 bis 9 (Bewertungen werden gesondert angefordert).</translation>
    </message>
</context>
<context>
    <name>ProductMessageRequest</name>
    <message>
        <source>The author ambassador is required.</source>
        <translation>Der Botschafter als Autor ist erforderlich.</translation>
    </message>
    <message>
        <source>The product is required.</source>
        <translation>Das Produkt ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
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
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Product preview</source>
        <translation>Produktvorschau</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>RatingRequest</name>
    <message>
        <source>Ambassador ids are positive.</source>
        <translation>Botschafter-IDs sind positiv.</translation>
    </message>
</context>
<context>
    <name>RatingUpdate</name>
    <message>
        <source>The score is from 0 to 5.</source>
        <translation>Die Punktzahl reicht von 0 bis 5.</translation>
    </message>
    <message>
        <source>Give a score, a comment or both.</source>
        <translation>Geben Sie eine Punktzahl, einen Kommentar oder beides an.</translation>
    </message>
</context>
<context>
    <name>RequestRatingForm</name>
    <message>
        <source>Ra&amp;ter</source>
        <translation>&amp;Bewertende Person</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Bewertende Person</translation>
    </message>
    <message>
        <source>Rat&amp;ed</source>
        <translation>Be&amp;wertete Person</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Bewertete Person</translation>
    </message>
    <message>
        <source>&amp;Score (0-5)</source>
        <translation>&amp;Punktzahl (0–5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Refresh the inbox every</source>
        <translation>Posteingang &amp;aktualisieren alle</translation>
    </message>
    <message>
        <source>Inbox refresh interval in minutes</source>
        <translation>Aktualisierungsintervall des Posteingangs in Minuten</translation>
    </message>
    <message>
        <source>&amp;Mark a room read when it stays open for 2 seconds</source>
        <translation>Chatroom als gelesen &amp;markieren, wenn er 2 Sekunden geöffnet bleibt</translation>
    </message>
    <message>
        <source>Mark read on opening a room</source>
        <translation>Beim Öffnen eines Chatrooms als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShopCustomerRequest</name>
    <message>
        <source>The customer&apos;s email is required.</source>
        <translation>Die E-Mail-Adresse des Kunden ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Why a sign-in is needed</source>
        <translation>Warum eine Anmeldung nötig ist</translation>
    </message>
    <message>
        <source>Popsell &amp;domain</source>
        <translation>Popsell-&amp;Domain</translation>
    </message>
    <message>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <source>Popsell domain</source>
        <translation>Popsell-Domain</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marke</translation>
    </message>
    <message>
        <source>Brand id</source>
        <translation>Marken-ID</translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation>API-&amp;Adresse</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems s&amp;peichern</translation>
    </message>
    <message>
        <source>Remember the API key</source>
        <translation>API-Schlüssel speichern</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Popsell moderator console. It opens the last used profile, or asks to sign in (or to open the embedded sandbox, which needs no account).</source>
        <translation>Die Moderationskonsole von Popsell. Sie öffnet das zuletzt verwendete Profil oder bittet um Anmeldung (oder um das Öffnen der eingebauten Sandbox, die kein Konto braucht).</translation>
    </message>
    <message>
        <source>Open the embedded sandbox with demo data.</source>
        <translation>Die eingebaute Sandbox mit Demodaten öffnen.</translation>
    </message>
    <message>
        <source>Sign in to this Popsell API, e.g. https://example.popsell.com/api/v2, with the key in POPSELL_API_KEY.</source>
        <translation>Bei dieser Popsell-API anmelden, z. B. https://example.popsell.com/api/v2, mit dem Schlüssel aus POPSELL_API_KEY.</translation>
    </message>
    <message>
        <source>The brand&apos;s API key (prefer POPSELL_API_KEY: the command line shows in the process list).</source>
        <translation>Der API-Schlüssel der Marke (besser POPSELL_API_KEY: die Befehlszeile erscheint in der Prozessliste).</translation>
    </message>
    <message>
        <source>The platform domain (default: the base URL&apos;s host).</source>
        <translation>Die Plattform-Domain (Standard: der Host der Basis-URL).</translation>
    </message>
    <message>
        <source>The brand id (default: the domain&apos;s brand).</source>
        <translation>Die Marken-ID (Standard: die Marke der Domain).</translation>
    </message>
    <message>
        <source>Render the window to a PNG once loaded, then exit.</source>
        <translation>Das Fenster nach dem Laden als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>The chatroom to open at start (with --screenshot).</source>
        <translation>Der beim Start zu öffnende Chatroom (mit --screenshot).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>Popsell Moderator</source>
        <translation>Popsell Moderator</translation>
    </message>
    <message>
        <source>Appearance for this run: light or dark.</source>
        <translation>Erscheinungsbild für diesen Start: hell oder dunkel.</translation>
    </message>
    <message>
        <source>The language of the console, e.g. fr or de_DE (default: the system&apos;s).</source>
        <translation>Die Sprache der Konsole, z. B. fr oder de_DE (Standard: die des Systems).</translation>
    </message>
</context>
<context>
    <name>popsell::api::PopsellApi</name>
    <message>
        <source>The API key is required.</source>
        <translation>Der API-Schlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>The flag is 1 (to do), 2 (done) or none.</source>
        <translation>Die Markierung ist 1 (zu erledigen), 2 (erledigt) oder keine.</translation>
    </message>
</context>
<context>
    <name>popsell::app::ActionDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Bitte korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>progress bar while the action is sent</comment>
        <translation>Wird gesendet</translation>
    </message>
</context>
<context>
    <name>popsell::app::CheatSheetDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Neues Tastenkürzel</translation>
    </message>
    <message>
        <source>Assign the new shortcut</source>
        <translation>Das neue Tastenkürzel zuweisen</translation>
    </message>
    <message>
        <source>Restore the default shortcut</source>
        <translation>Das Standard-Tastenkürzel wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;New shortcut:</source>
        <translation>&amp;Neues Tastenkürzel:</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no shortcut</comment>
        <translation>(keins)</translation>
    </message>
</context>
<context>
    <name>popsell::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Find a room or an action</source>
        <translation>Chatroom oder Aktion suchen</translation>
    </message>
    <message>
        <source>Find a room (member name, #id) or an action…</source>
        <translation>Chatroom (Name eines Mitglieds, #ID) oder Aktion suchen…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Room #%1</source>
        <translation>Chatroom #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::Console</name>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>Aus&amp;stehende Aktionen…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Actions not sent yet: retry, correct or discard them.</source>
        <translation>Noch nicht gesendete Aktionen: erneut versuchen, korrigieren oder verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, to this or another profile, or open the sandbox.</source>
        <translation>Sie sind abgemeldet. Melden Sie sich erneut an, bei diesem oder einem anderen Profil, oder öffnen Sie die Sandbox.</translation>
    </message>
    <message>
        <source>You stay signed in for this session only and will be asked again at the next start; nothing is saved in plain text.</source>
        <translation>Sie bleiben nur für diese Sitzung angemeldet und werden beim nächsten Start erneut gefragt; nichts wird im Klartext gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n held request(s) go once you sign in again to %1. Signing in to another profile keeps the pending actions for %1 and drops the other requests.</source>
        <translation>
            <numerusform>%n zurückgehaltene Anfrage wird gesendet, sobald Sie sich wieder bei %1 anmelden. Die Anmeldung bei einem anderen Profil behält die ausstehenden Aktionen für %1 und verwirft die übrigen Anfragen.</numerusform>
            <numerusform>%n zurückgehaltene Anfragen werden gesendet, sobald Sie sich wieder bei %1 anmelden. Die Anmeldung bei einem anderen Profil behält die ausstehenden Aktionen für %1 und verwirft die übrigen Anfragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::ConsoleBackend</name>
    <message>
        <source>“%1” is not a Popsell domain.</source>
        <translation>„%1“ ist keine Popsell-Domain.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>popsell::app::CreateChatroomDialog</name>
    <message>
        <source>Create chatroom</source>
        <translation>Chatroom anlegen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>First ambassador</source>
        <translation>Erster Botschafter</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Second ambassador</source>
        <translation>Zweiter Botschafter</translation>
    </message>
    <message>
        <source>Brand tag</source>
        <translation>Marken-Tag</translation>
    </message>
    <message>
        <source>Search brand tags</source>
        <translation>Marken-Tags suchen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Hotlist</translation>
    </message>
</context>
<context>
    <name>popsell::app::InboxDelegate</name>
    <message>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Hotlist</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Brand tag #%1 · %2</source>
        <translation>Marken-Tag #%1 · %2</translation>
    </message>
    <message>
        <source>Chatroom #%1</source>
        <translation>Chatroom #%1</translation>
    </message>
    <message>
        <source>One to many</source>
        <translation>1:n</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>To do</source>
        <comment>moderation flag</comment>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>moderation flag</comment>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>popsell::app::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The brand and domain the console works for (Session menu to switch).</source>
        <translation>Die Marke und Domain, für die die Konsole arbeitet (Wechsel über das Menü Sitzung).</translation>
    </message>
    <message>
        <source>Held actions</source>
        <translation>Zurückgehaltene Aktionen</translation>
    </message>
    <message>
        <source>Sign-in not saved</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Hinweis zum Schlüsselbund</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>Demo data on the embedded sandbox; nothing reaches Popsell.</source>
        <translation>Demodaten in der eingebauten Sandbox; nichts erreicht Popsell.</translation>
    </message>
    <message>
        <source>Popsell Moderator — Sandbox</source>
        <translation>Popsell Moderator – Sandbox</translation>
    </message>
    <message>
        <source>Popsell Moderator — %1</source>
        <translation>Popsell Moderator – %1</translation>
    </message>
    <message>
        <source>Popsell Moderator</source>
        <translation>Popsell Moderator</translation>
    </message>
    <message>
        <source>Inbox: %1 of %2 loaded chatrooms match</source>
        <translation>Posteingang: %1 von %2 geladenen Chatrooms passen</translation>
    </message>
    <message>
        <source>Inbox: %1 chatrooms (%2 loaded)</source>
        <translation>Posteingang: %1 Chatrooms (%2 geladen)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inbox: 1 chatroom</source>
        <translation>Posteingang: 1 Chatroom</translation>
    </message>
    <message>
        <source>Inbox: %1 chatrooms</source>
        <translation>Posteingang: %1 Chatrooms</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed out.
Use Session ▸ Sign in… to open a profile or the sandbox.</source>
        <translation>Abgemeldet.
Über Sitzung ▸ Anmelden… ein Profil oder die Sandbox öffnen.</translation>
    </message>
    <message>
        <source>Could not sign in.
%1</source>
        <translation>Anmeldung nicht möglich.
%1</translation>
    </message>
    <message>
        <source>The chatrooms could not be loaded.
%1</source>
        <translation>Die Chatrooms konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>Loading chatrooms…</source>
        <translation>Chatrooms werden geladen…</translation>
    </message>
    <message>
        <source>No loaded chatroom matches “%1”.</source>
        <translation>Kein geladener Chatroom passt zu „%1“.</translation>
    </message>
    <message>
        <source>No chatrooms yet.</source>
        <translation>Noch keine Chatrooms.</translation>
    </message>
    <message>
        <source>The messages could not be loaded.
%1</source>
        <translation>Die Nachrichten konnten nicht geladen werden.
%1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Nachrichten werden geladen…</translation>
    </message>
    <message>
        <source>No messages in this chatroom yet.</source>
        <translation>Noch keine Nachrichten in diesem Chatroom.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Laden von %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held until you sign in again</source>
        <translation>
            <numerusform>%n Aktion bis zur erneuten Anmeldung zurückgehalten</numerusform>
            <numerusform>%n Aktionen bis zur erneuten Anmeldung zurückgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held while signing in again</source>
        <translation>
            <numerusform>%n Aktion während der erneuten Anmeldung zurückgehalten</numerusform>
            <numerusform>%n Aktionen während der erneuten Anmeldung zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: held actions are sent once the same profile is signed in again. Drafts stay in their dialogs.</source>
        <translation>Nichts geht verloren: Zurückgehaltene Aktionen werden gesendet, sobald dasselbe Profil wieder angemeldet ist. Entwürfe bleiben in ihren Dialogen.</translation>
    </message>
</context>
<context>
    <name>popsell::app::MessageDelegate</name>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>In stock: %1 available of %2</source>
        <translation>Auf Lager: %1 von %2 verfügbar</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>Produkt #%1</translation>
    </message>
    <message>
        <source>SKU %1 · product #%2</source>
        <translation>SKU %1 · Produkt #%2</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Hidden</source>
        <comment>message badge</comment>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>message badge: the action was not sent</comment>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>popsell::app::ModeratorActions</name>
    <message>
        <source>Chatroom</source>
        <translation>Chatroom</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Create chatroom…</source>
        <translation>&amp;Chatroom anlegen…</translation>
    </message>
    <message>
        <source>&amp;Push product…</source>
        <translation>&amp;Produkt vorschlagen…</translation>
    </message>
    <message>
        <source>Request &amp;rating…</source>
        <translation>Be&amp;wertung anfordern…</translation>
    </message>
    <message>
        <source>&amp;Mark read…</source>
        <translation>Als gelesen &amp;markieren…</translation>
    </message>
    <message>
        <source>Set established &amp;dialogue</source>
        <translation>&amp;Dialog als etabliert markieren</translation>
    </message>
    <message>
        <source>C&amp;lear established dialogue</source>
        <translation>Etablierten Dialog zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Flag as &amp;to do…</source>
        <translation>Als „zu &amp;erledigen“ markieren…</translation>
    </message>
    <message>
        <source>Flag as d&amp;one…</source>
        <translation>Als „erledi&amp;gt“ markieren…</translation>
    </message>
    <message>
        <source>Clear the &amp;flag…</source>
        <translation>Markierung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Archive or unarchive…</source>
        <translation>&amp;Archivieren oder wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Block or unblock a member…</source>
        <translation>Mitglied &amp;sperren oder entsperren…</translation>
    </message>
    <message>
        <source>&amp;Post a message…</source>
        <translation>Nachricht &amp;senden…</translation>
    </message>
    <message>
        <source>Mark read on &amp;opening a room</source>
        <translation>Beim Ö&amp;ffnen als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Hide message</source>
        <translation>Nachricht &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Unhide message</source>
        <translation>Nachricht &amp;einblenden</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;Next room</source>
        <translation>&amp;Nächster Chatroom</translation>
    </message>
    <message>
        <source>P&amp;revious room</source>
        <translation>&amp;Vorheriger Chatroom</translation>
    </message>
    <message>
        <source>Next room &amp;to do</source>
        <translation>Nächster &amp;offener Chatroom</translation>
    </message>
    <message>
        <source>&amp;Filter the inbox</source>
        <translation>Posteingang &amp;filtern</translation>
    </message>
    <message>
        <source>Go to the t&amp;hread</source>
        <translation>Zu den Nac&amp;hrichten</translation>
    </message>
    <message>
        <source>Back to the &amp;inbox</source>
        <translation>Zurück zum &amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open a room first (select it in the inbox).</source>
        <translation>Öffnen Sie zuerst einen Chatroom (im Posteingang auswählen).</translation>
    </message>
    <message>
        <source>Chatroom #%1 created.</source>
        <translation>Chatroom #%1 angelegt.</translation>
    </message>
    <message>
        <source>Product pushed.</source>
        <translation>Produkt vorgeschlagen.</translation>
    </message>
    <message>
        <source>Rating requested.</source>
        <translation>Bewertung angefordert.</translation>
    </message>
    <message>
        <source>Message posted.</source>
        <translation>Nachricht gesendet.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>Setting the established dialogue…</source>
        <translation>Etablierter Dialog wird gesetzt…</translation>
    </message>
    <message>
        <source>Clearing the established dialogue…</source>
        <translation>Etablierter Dialog wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Established dialogue set for room #%1.</source>
        <translation>Etablierter Dialog für Chatroom #%1 gesetzt.</translation>
    </message>
    <message>
        <source>Established dialogue cleared for room #%1.</source>
        <translation>Etablierter Dialog für Chatroom #%1 zurückgesetzt.</translation>
    </message>
    <message>
        <source>Not sent yet: Popsell did not answer. The console keeps trying; see the pending actions (Ctrl+Shift+O).</source>
        <translation>Noch nicht gesendet: Popsell hat nicht geantwortet. Die Konsole versucht es weiter; siehe ausstehende Aktionen (Strg+Umschalt+O).</translation>
    </message>
    <message>
        <source>Select a message in the thread first.</source>
        <translation>Wählen Sie zuerst eine Nachricht im Verlauf aus.</translation>
    </message>
    <message>
        <source>Message shown again.</source>
        <translation>Nachricht wieder eingeblendet.</translation>
    </message>
    <message>
        <source>Message hidden.</source>
        <translation>Nachricht ausgeblendet.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Room #%1 is no longer in the inbox.</source>
        <translation>Chatroom #%1 ist nicht mehr im Posteingang.</translation>
    </message>
    <message>
        <source>No room to do among the loaded rooms.</source>
        <translation>Kein offener Chatroom unter den geladenen Chatrooms.</translation>
    </message>
    <message>
        <source>Rooms will be marked read when opened.</source>
        <translation>Chatrooms werden beim Öffnen als gelesen markiert.</translation>
    </message>
    <message>
        <source>Rooms will no longer be marked read when opened.</source>
        <translation>Chatrooms werden beim Öffnen nicht mehr als gelesen markiert.</translation>
    </message>
    <message>
        <source>Chatroom #%1 is not loaded in the inbox.</source>
        <translation>Chatroom #%1 ist nicht im Posteingang geladen.</translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxBridge</name>
    <message>
        <source>Product #%1</source>
        <translation>Produkt #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxStatus</name>
    <message>
        <source>Actions not sent yet</source>
        <translation>Noch nicht gesendete Aktionen</translation>
    </message>
    <message>
        <source>Actions not sent yet (Ctrl+Shift+O)</source>
        <translation>Noch nicht gesendete Aktionen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Warten auf den Server</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Popsell asked to wait: trying again in %n s</source>
        <translation>
            <numerusform>Popsell bat um Geduld: neuer Versuch in %n s</numerusform>
            <numerusform>Popsell bat um Geduld: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::PendingPanel</name>
    <message>
        <source>Actions not sent yet</source>
        <translation>Noch nicht gesendete Aktionen</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation>Details der ausgewählten Aktion</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Send the selected action again now.</source>
        <translation>Die ausgewählte Aktion jetzt erneut senden.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Correct what the server refused; OK there replaces this action.</source>
        <translation>Korrigieren Sie, was der Server abgelehnt hat; OK dort ersetzt diese Aktion.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Drop the selected action: it will not be sent.</source>
        <translation>Die ausgewählte Aktion verwerfen: sie wird nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>popsell::app::PostMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Write a message — Ctrl+Enter sends</source>
        <translation>Nachricht schreiben – Strg+Eingabe sendet</translation>
    </message>
    <message>
        <source>Post a message in chatroom #%1</source>
        <translation>Nachricht in Chatroom #%1 senden</translation>
    </message>
</context>
<context>
    <name>popsell::app::ProductPreview</name>
    <message>
        <source>Product preview</source>
        <translation>Produktvorschau</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>Kein Produkt gewählt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>nicht auf Lager</translation>
    </message>
    <message>
        <source>%1, price %2, discount %3, stock %4</source>
        <translation>%1, Preis %2, Rabatt %3, Bestand %4</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no discount</comment>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>popsell::app::PushProductDialog</name>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Produkte nach Namen suchen</translation>
    </message>
    <message>
        <source>Push a product into chatroom #%1</source>
        <translation>Produkt in Chatroom #%1 vorschlagen</translation>
    </message>
</context>
<context>
    <name>popsell::app::RequestRatingDialog</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfordern</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Keine Punktzahl</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>Optionaler Kommentar</translation>
    </message>
    <message>
        <source>Request a rating in chatroom #%1</source>
        <translation>Bewertung in Chatroom #%1 anfordern</translation>
    </message>
</context>
<context>
    <name>popsell::app::RoomHeader</name>
    <message>
        <source>Chatroom details</source>
        <translation>Chatroom-Details</translation>
    </message>
    <message>
        <source>Chatroom</source>
        <translation>Chatroom</translation>
    </message>
    <message>
        <source>Established dialogue</source>
        <translation>Etablierter Dialog</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>read up to #%1</source>
        <translation>gelesen bis #%1</translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation>noch nichts gelesen</translation>
    </message>
    <message>
        <source>No chatroom open</source>
        <translation>Kein Chatroom geöffnet</translation>
    </message>
    <message>
        <source>Choose a chatroom in the inbox (Up/Down, Enter).</source>
        <translation>Wählen Sie einen Chatroom im Posteingang (Auf/Ab, Eingabe).</translation>
    </message>
    <message>
        <source>Chatroom #%1</source>
        <translation>Chatroom #%1</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>1:n</translation>
    </message>
    <message>
        <source>one to one</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>brand tag #%1</source>
        <translation>Marken-Tag #%1</translation>
    </message>
    <message>
        <source>No established dialogue</source>
        <translation>Kein etablierter Dialog</translation>
    </message>
    <message>
        <source>Established dialogue since %1</source>
        <translation>Etablierter Dialog seit %1</translation>
    </message>
    <message>
        <source>online</source>
        <comment>member state</comment>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>member state</comment>
        <translation>offline</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>the room, for this member</comment>
        <translation>Chatroom archiviert</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>this member, in the room</comment>
        <translation>gesperrt</translation>
    </message>
</context>
<context>
    <name>popsell::app::SearchPicker</name>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>popsell::app::SessionActions</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in with a Popsell domain and a brand&apos;s API key.</source>
        <translation>Mit einer Popsell-Domain und dem API-Schlüssel einer Marke anmelden.</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Profil &amp;wechseln</translation>
    </message>
    <message>
        <source>Open the sand&amp;box</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Ends the session at Popsell and forgets this profile&apos;s token, saved key and cached data.</source>
        <translation>Beendet die Sitzung bei Popsell und vergisst Token, gespeicherten Schlüssel und zwischengespeicherte Daten dieses Profils.</translation>
    </message>
    <message>
        <source>No saved profile yet</source>
        <translation>Noch kein gespeichertes Profil</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 are held until you sign in again. Switching to %2 keeps its pending actions for later and drops the other requests.</source>
        <translation>
            <numerusform>%n Anfrage von %1 wird bis zur erneuten Anmeldung zurückgehalten. Der Wechsel zu %2 behält dessen ausstehende Aktionen für später und verwirft die übrigen Anfragen.</numerusform>
            <numerusform>%n Anfragen von %1 werden bis zur erneuten Anmeldung zurückgehalten. Der Wechsel zu %2 behält dessen ausstehende Aktionen für später und verwirft die übrigen Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Drop and switch</source>
        <translation>&amp;Verwerfen und wechseln</translation>
    </message>
</context>
<context>
    <name>popsell::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>popsell::app::SignInDialog</name>
    <message>
        <source>Sign in to Popsell</source>
        <translation>Bei Popsell anmelden</translation>
    </message>
    <message>
        <source>The domain&apos;s brand</source>
        <translation>Die Marke der Domain</translation>
    </message>
    <message>
        <source>The brand id sent as X-Popsell-Brand. Leave it on “The domain&apos;s brand” to use the brand the domain belongs to.</source>
        <translation>Die als X-Popsell-Brand gesendete Marken-ID. Lassen Sie „Die Marke der Domain“ stehen, um die Marke zu verwenden, zu der die Domain gehört.</translation>
    </message>
    <message>
        <source>Only for a platform that does not serve the API at https://&lt;domain&gt;/api/v2.</source>
        <translation>Nur für eine Plattform, die die API nicht unter https://&lt;Domain&gt;/api/v2 bereitstellt.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Open the sandbox</source>
        <translation>Sandbox ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the sandbox</source>
        <translation>Sandbox öffnen</translation>
    </message>
    <message>
        <source>Demo data on a server inside the console: no account needed, nothing reaches Popsell.</source>
        <translation>Demodaten auf einem Server in der Konsole: kein Konto nötig, nichts erreicht Popsell.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Bitte korrigieren Sie die oben markierten Felder.</translation>
    </message>
    <message>
        <source>Enter the Popsell domain, for example shop.example.com.</source>
        <translation>Geben Sie die Popsell-Domain ein, zum Beispiel shop.example.com.</translation>
    </message>
    <message>
        <source>Enter the brand&apos;s API key.</source>
        <translation>Geben Sie den API-Schlüssel der Marke ein.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
</context>
<context>
    <name>popsell::auth::SecretStore</name>
    <message>
        <source>Nothing was saved: the secret is empty.</source>
        <translation>Nichts wurde gespeichert: das Geheimnis ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the secret is %n byte(s) long, more than the %1 bytes a keychain entry holds.</source>
        <translation>
            <numerusform>Nicht gespeichert: Das Geheimnis ist %n Byte lang, mehr als die %1 Byte, die ein Schlüsselbund-Eintrag fasst.</numerusform>
            <numerusform>Nicht gespeichert: Das Geheimnis ist %n Byte lang, mehr als die %1 Byte, die ein Schlüsselbund-Eintrag fasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>Für dieses Profil ist keine Anmeldung gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund des Systems hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The sign-in is kept for this session only.</source>
        <translation>%1 Die Anmeldung gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Nur für diese Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>%1 The sign-in was forgotten for this session.</source>
        <translation>%1 Die Anmeldung wurde für diese Sitzung verworfen.</translation>
    </message>
</context>
<context>
    <name>popsell::auth::Session</name>
    <message>
        <source>Sign in to %1 again.</source>
        <translation>Melden Sie sich erneut bei %1 an.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter the brand&apos;s API key.</source>
        <translation>Geben Sie den API-Schlüssel der Marke ein.</translation>
    </message>
    <message>
        <source>This is not an API key: it is longer than %1 bytes.</source>
        <translation>Das ist kein API-Schlüssel: er ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>The saved API key was refused. Sign in again.</source>
        <translation>Der gespeicherte API-Schlüssel wurde abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session with %1 ended. Sign in again: held actions are sent once you are back.</source>
        <translation>Ihre Sitzung bei %1 ist beendet. Melden Sie sich erneut an: zurückgehaltene Aktionen werden gesendet, sobald Sie zurück sind.</translation>
    </message>
    <message>
        <source>The API key was refused for this domain.</source>
        <translation>Der API-Schlüssel wurde für diese Domain abgelehnt.</translation>
    </message>
    <message>
        <source>You signed out before this was sent: it was not sent.</source>
        <translation>Sie haben sich vor dem Senden abgemeldet: es wurde nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>popsell::cli::CommandRun</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and were left out</source>
        <translation>
            <numerusform>%n Eintrag konnte nicht gelesen werden und wurde ausgelassen</numerusform>
            <numerusform>%n Einträge konnten nicht gelesen werden und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 pages; more remain</source>
        <translation>nach %1 Seiten angehalten; es gibt weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2, %3 in total</source>
        <translation>Seite %1 von %2, insgesamt %3</translation>
    </message>
    <message>
        <source>(next: --page %1; every page: --all)</source>
        <translation>(nächste: --page %1; alle Seiten: --all)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>popsell::cli::Session</name>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>sandbox on %1, brand %2</source>
        <translation>Sandbox auf %1, Marke %2</translation>
    </message>
    <message>
        <source>exchanging the API key for a token</source>
        <translation>API-Schlüssel wird gegen ein Token getauscht</translation>
    </message>
    <message>
        <source>no --brand: asking GET /brand</source>
        <translation>kein --brand: GET /brand wird abgefragt</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>Marke %1</translation>
    </message>
</context>
<context>
    <name>popsell::models::AmbassadorSearchModel</name>
    <message>
        <source>Ambassador #%1</source>
        <translation>Botschafter #%1</translation>
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
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::models::MessagePreview</name>
    <message>
        <source>Hidden message</source>
        <translation>Ausgeblendete Nachricht</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Produkt: %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Rating: %1/5</source>
        <translation>Bewertung: %1/5</translation>
    </message>
    <message>
        <source>Rating requested</source>
        <translation>Bewertung angefordert</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>popsell::models::ProductSearchModel</name>
    <message>
        <source>%1 (SKU %2)</source>
        <translation>%1 (SKU %2)</translation>
    </message>
</context>
</TS>
