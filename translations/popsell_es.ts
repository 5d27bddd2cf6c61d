<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCommands</name>
    <message>
        <source>Show the brand behind the domain (no token needed).</source>
        <translation>Mostrar la marca detrás del dominio (no se necesita token).</translation>
    </message>
    <message>
        <source>Invalidate the token.</source>
        <translation>Invalidar el token.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Set (or clear) an ambassador&apos;s temporary e-mail address.</source>
        <translation>Definir (o borrar) la dirección de correo temporal de un embajador.</translation>
    </message>
    <message>
        <source>Ambassador id.</source>
        <translation>ID del embajador.</translation>
    </message>
    <message>
        <source>The new email_tmp.</source>
        <translation>El nuevo valor de email_tmp.</translation>
    </message>
    <message>
        <source>Set email_tmp to null instead.</source>
        <translation>En su lugar, poner email_tmp a null.</translation>
    </message>
    <message>
        <source>give either --email-tmp EMAIL or --clear-email-tmp</source>
        <translation>indique --email-tmp EMAIL o bien --clear-email-tmp</translation>
    </message>
    <message>
        <source>Find, or create, the client ambassador of an e-mail address.</source>
        <translation>Buscar, o crear, el embajador cliente de una dirección de correo.</translation>
    </message>
    <message>
        <source>Their e-mail address (required).</source>
        <translation>Su dirección de correo (obligatoria).</translation>
    </message>
    <message>
        <source>First name, for a new account.</source>
        <translation>Nombre, para una cuenta nueva.</translation>
    </message>
    <message>
        <source>Last name, for a new account.</source>
        <translation>Apellidos, para una cuenta nueva.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The Popsell server could not be reached. Check the network connection.</source>
        <translation>No se pudo contactar con el servidor de Popsell. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>The Popsell server did not answer in time.</source>
        <translation>El servidor de Popsell no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the Popsell server failed: its certificate was not accepted.</source>
        <translation>Falló la conexión segura con el servidor de Popsell: no se aceptó su certificado.</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Se canceló la petición.</translation>
    </message>
    <message>
        <source>The Popsell server did not accept the credentials. Sign in again.</source>
        <translation>El servidor de Popsell no aceptó las credenciales. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The requested item does not exist (any more).</source>
        <translation>El elemento solicitado no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>The same action is still being processed. Try again in a moment.</source>
        <translation>La misma acción todavía se está procesando. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The Popsell server refused the data.</source>
        <translation>El servidor de Popsell rechazó los datos.</translation>
    </message>
    <message>
        <source>The Popsell server refused the data: %1</source>
        <translation>El servidor de Popsell rechazó los datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas peticiones. Inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas peticiones. Inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests. Try again in a moment.</source>
        <translation>Demasiadas peticiones. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The Popsell server had a problem (HTTP %1). Try again later.</source>
        <translation>El servidor de Popsell tuvo un problema (HTTP %1). Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The Popsell server sent an answer that cannot be read.</source>
        <translation>El servidor de Popsell envió una respuesta que no se puede leer.</translation>
    </message>
    <message>
        <source>Refused to contact an address that is not the configured Popsell server over a secure connection.</source>
        <translation>Se rechazó contactar con una dirección que no es el servidor de Popsell configurado a través de una conexión segura.</translation>
    </message>
    <message>
        <source>The Popsell server refused the request (HTTP %1): %2</source>
        <translation>El servidor de Popsell rechazó la petición (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The Popsell server refused the request (HTTP %1).</source>
        <translation>El servidor de Popsell rechazó la petición (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>La petición falló.</translation>
    </message>
</context>
<context>
    <name>ChatroomCommands</name>
    <message>
        <source>Create a chatroom between two ambassadors, or for a brand tag.</source>
        <translation>Crear una sala entre dos embajadores, o para una etiqueta de marca.</translation>
    </message>
    <message>
        <source>The two members: two ambassador ids.</source>
        <translation>Los dos miembros: dos ID de embajador.</translation>
    </message>
    <message>
        <source>A one-to-many chatroom for this brand tag instead.</source>
        <translation>En su lugar, una sala de uno a varios para esta etiqueta de marca.</translation>
    </message>
    <message>
        <source>0 direct, 1 waiting_list, 2 hot_list (number or name; default 0).</source>
        <translation>0 direct, 1 waiting_list, 2 hot_list (número o nombre; por defecto 0).</translation>
    </message>
    <message>
        <source>give either --ambassadors A,B or --brand-tag ID</source>
        <translation>indique --ambassadors A,B o bien --brand-tag ID</translation>
    </message>
    <message>
        <source>--ambassadors expects exactly two ids</source>
        <translation>--ambassadors espera exactamente dos ID</translation>
    </message>
    <message>
        <source>Mark a chatroom&apos;s dialogue as established (at DATE, default now), or clear it.</source>
        <translation>Marcar el diálogo de una sala como establecido (en DATE, por defecto ahora), o quitarlo.</translation>
    </message>
    <message>
        <source>When it was established: 2023-10-06 13:41:09.123, 2023-10-06T13:41:09Z, ... (no zone = UTC; default now).</source>
        <translation>Cuándo se estableció: 2023-10-06 13:41:09.123, 2023-10-06T13:41:09Z, … (sin zona = UTC; por defecto ahora).</translation>
    </message>
    <message>
        <source>Clear it instead.</source>
        <translation>En su lugar, quitarlo.</translation>
    </message>
    <message>
        <source>give DATE or --clear, not both</source>
        <translation>indique DATE o --clear, no ambos</translation>
    </message>
    <message>
        <source>DATE must be a timestamp such as 2023-10-06 13:41:09.123 or 2023-10-06T13:41:09Z, not &quot;%1&quot;</source>
        <translation>DATE debe ser una marca de tiempo como 2023-10-06 13:41:09.123 o 2023-10-06T13:41:09Z, no «%1»</translation>
    </message>
    <message>
        <source>Show one chatroom.</source>
        <translation>Mostrar una sala.</translation>
    </message>
    <message>
        <source>Show one chatroom with its messages (manager scope).</source>
        <translation>Mostrar una sala con sus mensajes (ámbito manager).</translation>
    </message>
    <message>
        <source>List the brand&apos;s chatrooms: the moderator inbox (manager scope).</source>
        <translation>Listar las salas de la marca: la bandeja de entrada del moderador (ámbito manager).</translation>
    </message>
    <message>
        <source>Chatroom type: 0 one to one, 7 one to many.</source>
        <translation>Tipo de sala: 0 uno a uno, 7 uno a varios.</translation>
    </message>
    <message>
        <source>Discussion type: 0 members, 1 external, 2 both.</source>
        <translation>Tipo de conversación: 0 miembros, 1 externos, 2 ambos.</translation>
    </message>
    <message>
        <source>direct, waiting_list or hot_list (or 0-2).</source>
        <translation>direct, waiting_list o hot_list (o 0-2).</translation>
    </message>
    <message>
        <source>established or not_established.</source>
        <translation>established o not_established.</translation>
    </message>
    <message>
        <source>0 to 5, or not_rated.</source>
        <translation>De 0 a 5, o not_rated.</translation>
    </message>
    <message>
        <source>Chatrooms this ambassador posted in.</source>
        <translation>Salas en las que este embajador ha publicado.</translation>
    </message>
    <message>
        <source>List the chatrooms of an ambassador and of his guest accounts.</source>
        <translation>Listar las salas de un embajador y de sus cuentas de invitado.</translation>
    </message>
    <message>
        <source>true: archived chatrooms too.</source>
        <translation>true: también las salas archivadas.</translation>
    </message>
    <message>
        <source>true: commented only; false: not.</source>
        <translation>true: solo comentadas; false: sin comentar.</translation>
    </message>
    <message>
        <source>todo (1) or done (2).</source>
        <translation>todo (1) o done (2).</translation>
    </message>
    <message>
        <source>Last action strictly before this timestamp (as the API gave it).</source>
        <translation>Última acción estrictamente anterior a esta marca de tiempo (tal como la dio la API).</translation>
    </message>
</context>
<context>
    <name>CommandArgs</name>
    <message>
        <source>%1 is required</source>
        <translation>%1 es obligatorio</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>%1 must be a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 debe ser un número entero positivo, no «%2»</translation>
    </message>
    <message>
        <source>%1 expects a positive whole number, not &quot;%2&quot;</source>
        <translation>%1 espera un número entero positivo, no «%2»</translation>
    </message>
    <message>
        <source>%1 expects a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 espera un número entero de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>%1 expects comma-separated positive ids, not &quot;%2&quot;</source>
        <translation>%1 espera ID positivos separados por comas, no «%2»</translation>
    </message>
    <message>
        <source>%1 expects at least one id</source>
        <translation>%1 espera al menos un ID</translation>
    </message>
    <message>
        <source>%1 expects comma-separated whole numbers from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 espera números enteros de %2 a %3 separados por comas, no «%4»</translation>
    </message>
    <message>
        <source>%1 expects at least one value</source>
        <translation>%1 espera al menos un valor</translation>
    </message>
    <message>
        <source>%1 expects true or false, not &quot;%2&quot;</source>
        <translation>%1 espera true o false, no «%2»</translation>
    </message>
    <message>
        <source>%1 expects one of %2, not &quot;%3&quot;</source>
        <translation>%1 espera uno de estos valores: %2, no «%3»</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Page number (default 1).</source>
        <translation>Número de página (por defecto 1).</translation>
    </message>
    <message>
        <source>Items per page, up to %1 (default: the server&apos;s, 15).</source>
        <translation>Elementos por página, hasta %1 (por defecto: el del servidor, 15).</translation>
    </message>
    <message>
        <source>Every page, from the first one asked, merged.</source>
        <translation>Todas las páginas, desde la primera solicitada, combinadas.</translation>
    </message>
    <message>
        <source>Sort field, -FIELD for descending.</source>
        <translation>Campo de ordenación, -CAMPO para orden descendente.</translation>
    </message>
    <message>
        <source>Chatroom id.</source>
        <translation>ID de la sala.</translation>
    </message>
    <message>
        <source>Ambassador id.</source>
        <translation>ID del embajador.</translation>
    </message>
</context>
<context>
    <name>CreateChatroomForm</name>
    <message>
        <source>Between two &amp;ambassadors</source>
        <translation>Entre dos &amp;embajadores</translation>
    </message>
    <message>
        <source>Between two ambassadors</source>
        <translation>Entre dos embajadores</translation>
    </message>
    <message>
        <source>For a &amp;brand tag</source>
        <translation>Para una etiqueta de &amp;marca</translation>
    </message>
    <message>
        <source>For a brand tag</source>
        <translation>Para una etiqueta de marca</translation>
    </message>
    <message>
        <source>&amp;First ambassador</source>
        <translation>&amp;Primer embajador</translation>
    </message>
    <message>
        <source>First ambassador</source>
        <translation>Primer embajador</translation>
    </message>
    <message>
        <source>&amp;Second ambassador</source>
        <translation>&amp;Segundo embajador</translation>
    </message>
    <message>
        <source>Second ambassador</source>
        <translation>Segundo embajador</translation>
    </message>
    <message>
        <source>Brand &amp;tag</source>
        <translation>E&amp;tiqueta de marca</translation>
    </message>
    <message>
        <source>Brand tag</source>
        <translation>Etiqueta de marca</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Origen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>CreateChatroomRequest</name>
    <message>
        <source>Give either two ambassadors or a brand tag, not both.</source>
        <translation>Indique dos embajadores o bien una etiqueta de marca, no ambos.</translation>
    </message>
    <message>
        <source>Give either two ambassadors or a brand tag.</source>
        <translation>Indique dos embajadores o bien una etiqueta de marca.</translation>
    </message>
    <message>
        <source>Exactly two ambassadors are needed.</source>
        <translation>Se necesitan exactamente dos embajadores.</translation>
    </message>
    <message>
        <source>The two ambassadors must differ.</source>
        <translation>Los dos embajadores deben ser distintos.</translation>
    </message>
    <message>
        <source>Ambassador ids are positive.</source>
        <translation>Los ID de embajador son positivos.</translation>
    </message>
    <message>
        <source>Brand tag ids are positive.</source>
        <translation>Los ID de etiqueta de marca son positivos.</translation>
    </message>
    <message>
        <source>The source is 0 (direct), 1 (waiting list) or 2 (hot list).</source>
        <translation>El origen es 0 (directo), 1 (lista de espera) o 2 (lista prioritaria).</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>Statuses, comma-separated: 0 ambassador ... 7 client, 8 temp.</source>
        <translation>Estados, separados por comas: 0 embajador … 7 cliente, 8 temporal.</translation>
    </message>
    <message>
        <source>Search the brand&apos;s ambassadors (chat scope).</source>
        <translation>Buscar los embajadores de la marca (ámbito chat).</translation>
    </message>
    <message>
        <source>First name, last name or username contains.</source>
        <translation>El nombre, los apellidos o el nombre de usuario contienen.</translation>
    </message>
    <message>
        <source>Members of this brand tag.</source>
        <translation>Miembros de esta etiqueta de marca.</translation>
    </message>
    <message>
        <source>Leave this ambassador out.</source>
        <translation>Excluir a este embajador.</translation>
    </message>
    <message>
        <source>List ambassadors with their moderation indicators (manager scope).</source>
        <translation>Listar los embajadores con sus indicadores de moderación (ámbito manager).</translation>
    </message>
    <message>
        <source>Name, username or e-mail contains.</source>
        <translation>El nombre, el nombre de usuario o el correo contienen.</translation>
    </message>
    <message>
        <source>Has this role.</source>
        <translation>Tiene este rol.</translation>
    </message>
    <message>
        <source>Activity state: -3 unsubscribed by brand ... 1 active.</source>
        <translation>Estado de actividad: -3 dado de baja por la marca … 1 activo.</translation>
    </message>
    <message>
        <source>true or false.</source>
        <translation>true o false.</translation>
    </message>
    <message>
        <source>Manager users only.</source>
        <translation>Solo usuarios manager.</translation>
    </message>
    <message>
        <source>List ambassadors, light records (manager scope).</source>
        <translation>Listar los embajadores, registros reducidos (ámbito manager).</translation>
    </message>
    <message>
        <source>Search the brand&apos;s products.</source>
        <translation>Buscar los productos de la marca.</translation>
    </message>
    <message>
        <source>Name contains.</source>
        <translation>El nombre contiene.</translation>
    </message>
    <message>
        <source>Description contains.</source>
        <translation>La descripción contiene.</translation>
    </message>
    <message>
        <source>SKU contains.</source>
        <translation>El SKU contiene.</translation>
    </message>
    <message>
        <source>Price, or a range MIN,MAX.</source>
        <translation>Precio, o un intervalo MIN,MAX.</translation>
    </message>
    <message>
        <source>Stock, or a range MIN,MAX.</source>
        <translation>Existencias, o un intervalo MIN,MAX.</translation>
    </message>
    <message>
        <source>Show one product.</source>
        <translation>Mostrar un producto.</translation>
    </message>
    <message>
        <source>Product id.</source>
        <translation>ID del producto.</translation>
    </message>
    <message>
        <source>List the brand tags (for brand-tag chatrooms).</source>
        <translation>Listar las etiquetas de marca (para las salas por etiqueta de marca).</translation>
    </message>
    <message>
        <source>Chat visibility, 1 or 2.</source>
        <translation>Visibilidad en el chat, 1 o 2.</translation>
    </message>
    <message>
        <source>List the chat topics (what chatroom summaries are about).</source>
        <translation>Listar los temas de chat (de qué tratan los resúmenes de las salas).</translation>
    </message>
    <message>
        <source>Label contains.</source>
        <translation>La etiqueta contiene.</translation>
    </message>
    <message>
        <source>Show one chat topic.</source>
        <translation>Mostrar un tema de chat.</translation>
    </message>
    <message>
        <source>Chat topic id.</source>
        <translation>ID del tema de chat.</translation>
    </message>
</context>
<context>
    <name>EstablishedDialogueUpdate</name>
    <message>
        <source>The dialogue date is not a valid date.</source>
        <translation>La fecha del diálogo no es una fecha válida.</translation>
    </message>
</context>
<context>
    <name>ExitCodes</name>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>other failure (cancelled, the sandbox did not start)</source>
        <translation>otro fallo (cancelado, el entorno de pruebas no se inició)</translation>
    </message>
    <message>
        <source>usage error: the command line is wrong, nothing was sent</source>
        <translation>error de uso: la línea de órdenes es incorrecta, no se envió nada</translation>
    </message>
    <message>
        <source>network failure: unreachable, timeout, TLS</source>
        <translation>fallo de red: inaccesible, tiempo de espera agotado, TLS</translation>
    </message>
    <message>
        <source>unauthorized (401): bad token or API key</source>
        <translation>no autorizado (401): token o clave de API incorrectos</translation>
    </message>
    <message>
        <source>forbidden (403)</source>
        <translation>prohibido (403)</translation>
    </message>
    <message>
        <source>not found (404)</source>
        <translation>no encontrado (404)</translation>
    </message>
    <message>
        <source>refused as invalid: validation (422) or another 4xx</source>
        <translation>rechazado por no válido: validación (422) u otro 4xx</translation>
    </message>
    <message>
        <source>rate limited (429) or conflict (409): try again later</source>
        <translation>límite de peticiones (429) o conflicto (409): inténtelo más tarde</translation>
    </message>
    <message>
        <source>server error (5xx)</source>
        <translation>error del servidor (5xx)</translation>
    </message>
    <message>
        <source>bad response, or a URL refused as insecure</source>
        <translation>respuesta no válida, o URL rechazada por insegura</translation>
    </message>
</context>
<context>
    <name>GlobalOptionSet</name>
    <message>
        <source>API base URL, https://DOMAIN/api/v2 (http:// only on loopback).</source>
        <translation>URL base de la API, https://DOMINIO/api/v2 (http:// solo en loopback).</translation>
    </message>
    <message>
        <source>Bearer token (default: the %1 environment variable).</source>
        <translation>Token Bearer (por defecto: la variable de entorno %1).</translation>
    </message>
    <message>
        <source>API key, exchanged for a token first (POST /auth/token).</source>
        <translation>Clave de API, que primero se canjea por un token (POST /auth/token).</translation>
    </message>
    <message>
        <source>Platform domain sent as X-Popsell-Domain (default: the base URL&apos;s host).</source>
        <translation>Dominio de la plataforma, enviado como X-Popsell-Domain (por defecto: el host de la URL base).</translation>
    </message>
    <message>
        <source>Brand id sent as X-Popsell-Brand (default: asked from GET /brand when needed).</source>
        <translation>ID de la marca, enviado como X-Popsell-Brand (por defecto: se pide a GET /brand cuando hace falta).</translation>
    </message>
    <message>
        <source>Print the result as one JSON document; errors as one JSON line on stderr.</source>
        <translation>Mostrar el resultado como un único documento JSON; los errores, como una línea JSON en stderr.</translation>
    </message>
    <message>
        <source>Start a local API sandbox with demo data in memory and use it.</source>
        <translation>Iniciar un entorno de pruebas local de la API con datos de demostración en memoria y usarlo.</translation>
    </message>
    <message>
        <source>Give up on a request after MS milliseconds (default 60000).</source>
        <translation>Abandonar una petición tras MS milisegundos (por defecto 60000).</translation>
    </message>
    <message>
        <source>Technical detail on stderr (never the token).</source>
        <translation>Detalles técnicos en stderr (nunca el token).</translation>
    </message>
    <message>
        <source>Show the help (of a command, after its name).</source>
        <translation>Mostrar la ayuda (de una orden, tras su nombre).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>--sandbox and --base-url exclude each other</source>
        <translation>--sandbox y --base-url se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--base-url expects an http(s) URL such as https://example.com/api/v2, not &quot;%1&quot;</source>
        <translation>--base-url espera una URL http(s) como https://example.com/api/v2, no «%1»</translation>
    </message>
    <message>
        <source>--token and --api-key exclude each other</source>
        <translation>--token y --api-key se excluyen mutuamente</translation>
    </message>
    <message>
        <source>--token is empty</source>
        <translation>--token está vacío</translation>
    </message>
    <message>
        <source>--api-key is empty</source>
        <translation>--api-key está vacío</translation>
    </message>
    <message>
        <source>--brand expects a positive whole number, not &quot;%1&quot;</source>
        <translation>--brand espera un número entero positivo, no «%1»</translation>
    </message>
    <message>
        <source>--timeout expects milliseconds from 1 to %1, not &quot;%2&quot;</source>
        <translation>--timeout espera milisegundos de 1 a %1, no «%2»</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>Usage: popsellctl [global options] COMMAND [arguments] [options]</source>
        <translation>Uso: popsellctl [opciones globales] ORDEN [argumentos] [opciones]</translation>
    </message>
    <message>
        <source>Command-line client of the Popsell API v2, for scripting and batch work.</source>
        <translation>Cliente de línea de órdenes de la API v2 de Popsell, para scripts y trabajo por lotes.</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Opciones globales (antes o después de la orden):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Códigos de salida:</translation>
    </message>
    <message>
        <source>&quot;popsellctl COMMAND --help&quot; shows the arguments and options of a command.</source>
        <translation>«popsellctl ORDEN --help» muestra los argumentos y las opciones de una orden.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Llamadas:</translation>
    </message>
    <message>
        <source>Global options and exit codes: popsellctl --help</source>
        <translation>Opciones globales y códigos de salida: popsellctl --help</translation>
    </message>
</context>
<context>
    <name>HumanFormat</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>read up to %1</source>
        <translation>leído hasta %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>dialogue</source>
        <translation>diálogo</translation>
    </message>
    <message>
        <source>rated %1</source>
        <translation>valorada %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>etiqueta %1</translation>
    </message>
    <message>
        <source>[hidden]</source>
        <translation>[oculto]</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>producto %1</translation>
    </message>
    <message>
        <source>rating %1</source>
        <translation>valoración %1</translation>
    </message>
    <message>
        <source>chatroom</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>discussion</source>
        <translation>conversación</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creación</translation>
    </message>
    <message>
        <source>last message</source>
        <translation>último mensaje</translation>
    </message>
    <message>
        <source>established</source>
        <translation>establecido</translation>
    </message>
    <message>
        <source>not established</source>
        <translation>no establecido</translation>
    </message>
    <message>
        <source>last rating</source>
        <translation>última valoración</translation>
    </message>
    <message>
        <source>brand tag</source>
        <translation>etiqueta de marca</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumen</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>el más reciente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>ÚLTIMO MENSAJE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>INDICADORES</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>visible</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>rater</source>
        <translation>evaluador</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>evaluado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>embajador</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>email_tmp</source>
        <translation>email_tmp</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>last action</source>
        <translation>última acción</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVO</translation>
    </message>
    <message>
        <source>ONLINE</source>
        <translation>EN LÍNEA</translation>
    </message>
    <message>
        <source>LAST ACTION</source>
        <translation>ÚLTIMA ACCIÓN</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>sku</translation>
    </message>
    <message>
        <source>price</source>
        <translation>precio</translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation>precio de catálogo</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>existencias</translation>
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
        <translation>descripción</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>PRICE</source>
        <translation>PRECIO</translation>
    </message>
    <message>
        <source>STOCK</source>
        <translation>EXISTENCIAS</translation>
    </message>
    <message>
        <source>VISIBILITY</source>
        <translation>VISIBILIDAD</translation>
    </message>
    <message>
        <source>chat topic</source>
        <translation>tema de chat</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>color</source>
        <translation>color</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>COLOR</source>
        <translation>COLOR</translation>
    </message>
    <message>
        <source>POSITION</source>
        <translation>POSICIÓN</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>front office</source>
        <translation>front office</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>timezone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registro</translation>
    </message>
</context>
<context>
    <name>InvocationParser</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>give --base-url URL, or --sandbox</source>
        <translation>indique --base-url URL, o --sandbox</translation>
    </message>
    <message>
        <source>no credentials: give --token, set %1, or give --api-key</source>
        <translation>no hay credenciales: indique --token, defina %1 o indique --api-key</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>one to one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>uno a varios</translation>
    </message>
    <message>
        <source>between members</source>
        <translation>entre miembros</translation>
    </message>
    <message>
        <source>between external</source>
        <translation>entre externos</translation>
    </message>
    <message>
        <source>members and external</source>
        <translation>miembros y externos</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>imagen</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>product</source>
        <translation>producto</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>embajador</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>vendedor</translation>
    </message>
    <message>
        <source>shop manager</source>
        <translation>responsable de tienda</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>manager</translation>
    </message>
    <message>
        <source>expert</source>
        <translation>experto</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>temp</source>
        <translation>temporal</translation>
    </message>
    <message>
        <source>unsubscribed by brand</source>
        <translation>dado de baja por la marca</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>unactivated</source>
        <translation>sin activar</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>todo</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox title</source>
        <translation>Título de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Filter loaded chatrooms: names, room id, message</source>
        <translation>Filtrar las salas cargadas: nombres, ID de sala, mensaje</translation>
    </message>
    <message>
        <source>Filter chatrooms</source>
        <translation>Filtrar salas</translation>
    </message>
    <message>
        <source>Chatroom inbox</source>
        <translation>Bandeja de entrada de salas</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Chatroom</source>
        <translation>S&amp;ala</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
</context>
<context>
    <name>MemberActionForm</name>
    <message>
        <source>&amp;Member</source>
        <translation>&amp;Miembro</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Mark read in chatroom #%1</source>
        <translation>Marcar como leída en la sala #%1</translation>
    </message>
    <message>
        <source>&amp;Mark read</source>
        <translation>Marcar como &amp;leída</translation>
    </message>
    <message>
        <source>Marks every message of the room as read by %1.</source>
        <translation>Marca todos los mensajes de la sala como leídos por %1.</translation>
    </message>
    <message>
        <source>Flag chatroom #%1 as to do</source>
        <translation>Marcar la sala #%1 como pendiente</translation>
    </message>
    <message>
        <source>Flag as &amp;to do</source>
        <translation>Marcar como pendien&amp;te</translation>
    </message>
    <message>
        <source>Flag chatroom #%1 as done</source>
        <translation>Marcar la sala #%1 como resuelta</translation>
    </message>
    <message>
        <source>Flag as &amp;done</source>
        <translation>Marcar como &amp;resuelta</translation>
    </message>
    <message>
        <source>Clear the flag of chatroom #%1</source>
        <translation>Quitar la marca de la sala #%1</translation>
    </message>
    <message>
        <source>&amp;Clear flag</source>
        <translation>&amp;Quitar la marca</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <source>no flag</source>
        <translation>sin marca</translation>
    </message>
    <message>
        <source>For %1 (now: %2).</source>
        <translation>Para %1 (ahora: %2).</translation>
    </message>
    <message>
        <source>Archive or unarchive chatroom #%1</source>
        <translation>Archivar o desarchivar la sala #%1</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Unarchives the room for %1 (archived now).</source>
        <translation>Desarchiva la sala para %1 (ahora archivada).</translation>
    </message>
    <message>
        <source>Archives the room for %1.</source>
        <translation>Archiva la sala para %1.</translation>
    </message>
    <message>
        <source>Block or unblock in chatroom #%1</source>
        <translation>Bloquear o desbloquear en la sala #%1</translation>
    </message>
    <message>
        <source>Unblocks %1 in this room (blocked now).</source>
        <translation>Desbloquea a %1 en esta sala (ahora bloqueado).</translation>
    </message>
    <message>
        <source>Blocks %1 in this room: they can no longer post.</source>
        <translation>Bloquea a %1 en esta sala: ya no podrá publicar.</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Mark the last message of a chatroom as read by an ambassador.</source>
        <translation>Marcar el último mensaje de una sala como leído por un embajador.</translation>
    </message>
    <message>
        <source>Set an ambassador&apos;s moderation flag on a chatroom: todo, done or clear.</source>
        <translation>Definir la marca de moderación de un embajador en una sala: todo, done o clear.</translation>
    </message>
    <message>
        <source>todo, done or clear.</source>
        <translation>todo, done o clear.</translation>
    </message>
    <message>
        <source>FLAG must be todo, done or clear, not &quot;%1&quot;</source>
        <translation>FLAG debe ser todo, done o clear, no «%1»</translation>
    </message>
    <message>
        <source>Chatroom %1 flagged %2 for ambassador %3.</source>
        <translation>Sala %1 marcada como «%2» para el embajador %3.</translation>
    </message>
    <message>
        <source>Chatroom %1 unflagged for ambassador %2.</source>
        <translation>Marca de la sala %1 quitada para el embajador %2.</translation>
    </message>
    <message>
        <source>Archive a chatroom for one ambassador.</source>
        <translation>Archivar una sala para un embajador.</translation>
    </message>
    <message>
        <source>Bring an archived chatroom back for one ambassador.</source>
        <translation>Recuperar una sala archivada para un embajador.</translation>
    </message>
    <message>
        <source>Chatroom %1 archived for ambassador %2.</source>
        <translation>Sala %1 archivada para el embajador %2.</translation>
    </message>
    <message>
        <source>Chatroom %1 unarchived for ambassador %2.</source>
        <translation>Sala %1 desarchivada para el embajador %2.</translation>
    </message>
    <message>
        <source>Block a chatroom for one ambassador.</source>
        <translation>Bloquear una sala para un embajador.</translation>
    </message>
    <message>
        <source>Unblock a chatroom for one ambassador.</source>
        <translation>Desbloquear una sala para un embajador.</translation>
    </message>
    <message>
        <source>Chatroom %1 blocked for ambassador %2.</source>
        <translation>Sala %1 bloqueada para el embajador %2.</translation>
    </message>
    <message>
        <source>Chatroom %1 unblocked for ambassador %2.</source>
        <translation>Sala %1 desbloqueada para el embajador %2.</translation>
    </message>
    <message>
        <source>Purge a chatroom for one ambassador (hides it from his list).</source>
        <translation>Purgar una sala para un embajador (la oculta de su lista).</translation>
    </message>
    <message>
        <source>The ambassador it is purged for (required).</source>
        <translation>El embajador para el que se purga (obligatorio).</translation>
    </message>
    <message>
        <source>Chatroom %1 purged for ambassador %2.</source>
        <translation>Sala %1 purgada para el embajador %2.</translation>
    </message>
</context>
<context>
    <name>MessageCommands</name>
    <message>
        <source>Post a message carrying a product card in a chatroom.</source>
        <translation>Publicar en una sala un mensaje con una ficha de producto.</translation>
    </message>
    <message>
        <source>The author (required).</source>
        <translation>El autor (obligatorio).</translation>
    </message>
    <message>
        <source>The product (required).</source>
        <translation>El producto (obligatorio).</translation>
    </message>
    <message>
        <source>Post a message (text by default) in a chatroom.</source>
        <translation>Publicar un mensaje (de texto por defecto) en una sala.</translation>
    </message>
    <message>
        <source>The content (required).</source>
        <translation>El contenido (obligatorio).</translation>
    </message>
    <message>
        <source>Message type: 0 text (default), 1 picture, 3 product, 4 connection, 5 request, 6 unavailable, 7 video, 8 email, 9 missed; not 2 (use rate).</source>
        <translation>Tipo de mensaje: 0 texto (por defecto), 1 imagen, 3 producto, 4 conexión, 5 solicitud, 6 no disponible, 7 vídeo, 8 correo, 9 perdida; no 2 (use rate).</translation>
    </message>
    <message>
        <source>Ask for a rating in a chatroom (a rating message); optionally score it.</source>
        <translation>Pedir una valoración en una sala (un mensaje de valoración); opcionalmente, puntuarla.</translation>
    </message>
    <message>
        <source>The ambassador who rates.</source>
        <translation>El embajador que valora.</translation>
    </message>
    <message>
        <source>The ambassador who is rated.</source>
        <translation>El embajador valorado.</translation>
    </message>
    <message>
        <source>Then set the score, 0 to 5.</source>
        <translation>Después, fijar la puntuación, de 0 a 5.</translation>
    </message>
    <message>
        <source>Then set the comment.</source>
        <translation>Después, fijar el comentario.</translation>
    </message>
    <message>
        <source>the rating message %1 was created, but its score was not set</source>
        <translation>se creó el mensaje de valoración %1, pero no se fijó su puntuación</translation>
    </message>
    <message>
        <source>List the messages of a chatroom (newest first by default).</source>
        <translation>Listar los mensajes de una sala (por defecto, los más recientes primero).</translation>
    </message>
    <message>
        <source>Only messages sent strictly before this timestamp.</source>
        <translation>Solo los mensajes enviados estrictamente antes de esta marca de tiempo.</translation>
    </message>
    <message>
        <source>true: visible only; false: hidden only.</source>
        <translation>true: solo visibles; false: solo ocultos.</translation>
    </message>
    <message>
        <source>Only this message type (0-9).</source>
        <translation>Solo este tipo de mensaje (0-9).</translation>
    </message>
    <message>
        <source>Show one message.</source>
        <translation>Mostrar un mensaje.</translation>
    </message>
    <message>
        <source>Message id.</source>
        <translation>ID del mensaje.</translation>
    </message>
    <message>
        <source>Replace the content of a message.</source>
        <translation>Sustituir el contenido de un mensaje.</translation>
    </message>
    <message>
        <source>The new content (required).</source>
        <translation>El nuevo contenido (obligatorio).</translation>
    </message>
    <message>
        <source>Show a hidden message again.</source>
        <translation>Volver a mostrar un mensaje oculto.</translation>
    </message>
    <message>
        <source>Hide a message (moderation; it is kept, inactive).</source>
        <translation>Ocultar un mensaje (moderación; se conserva, inactivo).</translation>
    </message>
</context>
<context>
    <name>MessageKindStyle</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Llamada perdida</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>MessageUpdate</name>
    <message>
        <source>Give a new content, a visibility or both.</source>
        <translation>Indique un contenido nuevo, una visibilidad o ambos.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The action was not accepted: %1</source>
        <translation>No se aceptó la acción: %1</translation>
    </message>
    <message>
        <source>the outbox is not open</source>
        <translation>la bandeja de salida no está abierta</translation>
    </message>
    <message>
        <source>This action is not waiting to be sent any more.</source>
        <translation>Esta acción ya no está esperando a enviarse.</translation>
    </message>
    <message>
        <source>This action is being sent.</source>
        <translation>Esta acción se está enviando.</translation>
    </message>
    <message>
        <source>Only an action the server refused can be edited.</source>
        <translation>Solo se puede editar una acción que el servidor rechazó.</translation>
    </message>
    <message>
        <source>This action is being sent and cannot be discarded now.</source>
        <translation>Esta acción se está enviando y no se puede descartar ahora.</translation>
    </message>
    <message>
        <source>It is not known whether this action was applied. Check, then send it again or discard it.</source>
        <translation>No se sabe si esta acción se aplicó. Compruébelo y después vuelva a enviarla o descártela.</translation>
    </message>
    <message>
        <source>It could not be sent, after several attempts.</source>
        <translation>No se pudo enviar tras varios intentos.</translation>
    </message>
    <message>
        <source>It could not be checked whether this action was applied: look at the chatroom, then send it again or discard it.</source>
        <translation>No se pudo comprobar si esta acción se aplicó: mire la sala y después vuelva a enviarla o descártela.</translation>
    </message>
    <message>
        <source>It could not be checked whether this action was applied: %1</source>
        <translation>No se pudo comprobar si esta acción se aplicó: %1</translation>
    </message>
    <message>
        <source>Create a chatroom</source>
        <translation>Crear una sala</translation>
    </message>
    <message>
        <source>Push a product</source>
        <translation>Proponer un producto</translation>
    </message>
    <message>
        <source>Request a rating</source>
        <translation>Solicitar una valoración</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <source>Set the dialogue state</source>
        <translation>Fijar el estado del diálogo</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En espera de envío</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiere su atención</translation>
    </message>
    <message>
        <source>The action belongs to no profile: sign in first.</source>
        <translation>La acción no pertenece a ningún perfil: inicie sesión primero.</translation>
    </message>
    <message>
        <source>The action is malformed.</source>
        <translation>La acción está mal formada.</translation>
    </message>
    <message>
        <source>The dialogue date is not a valid date.</source>
        <translation>La fecha del diálogo no es una fecha válida.</translation>
    </message>
    <message>
        <source>%1 in chatroom %2</source>
        <comment>action, chatroom id</comment>
        <translation>%1 en la sala %2</translation>
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
        <translation>La base de datos de la bandeja de salida rechazó una instrucción</translation>
    </message>
    <message>
        <source>The outbox database could not be written</source>
        <translation>No se pudo escribir en la base de datos de la bandeja de salida</translation>
    </message>
    <message>
        <source>The action is no longer in the outbox</source>
        <translation>La acción ya no está en la bandeja de salida</translation>
    </message>
    <message>
        <source>The outbox database could not be set up</source>
        <translation>No se pudo preparar la base de datos de la bandeja de salida</translation>
    </message>
    <message>
        <source>The outbox&apos;s folder could not be created</source>
        <translation>No se pudo crear la carpeta de la bandeja de salida</translation>
    </message>
    <message>
        <source>The outbox database could not be opened</source>
        <translation>No se pudo abrir la base de datos de la bandeja de salida</translation>
    </message>
    <message>
        <source>The outbox database could not be read</source>
        <translation>No se pudo leer la base de datos de la bandeja de salida</translation>
    </message>
    <message>
        <source>The outbox was written by a newer version of this application</source>
        <translation>La bandeja de salida la escribió una versión más reciente de esta aplicación</translation>
    </message>
    <message>
        <source>The outbox is not open</source>
        <translation>La bandeja de salida no está abierta</translation>
    </message>
    <message>
        <source>The action could not be saved, so it was not accepted</source>
        <translation>No se pudo guardar la acción, así que no se aceptó</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>action state</comment>
        <translation>Enviándose</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>action state</comment>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>action state</comment>
        <translation>Fallida</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>See &quot;%1&quot;.</source>
        <translation>Véase «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
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
        <translation>&amp;Mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>PostMessageRequest</name>
    <message>
        <source>The author ambassador is required.</source>
        <translation>El embajador autor es obligatorio.</translation>
    </message>
    <message>
        <source>The message type is 0, 1 or 3 to 9 (ratings are requested apart).</source>
        <translation>El tipo de mensaje es 0, 1 o de 3 a 9 (las valoraciones se solicitan aparte).</translation>
    </message>
</context>
<context>
    <name>ProductMessageRequest</name>
    <message>
        <source>The author ambassador is required.</source>
        <translation>El embajador autor es obligatorio.</translation>
    </message>
    <message>
        <source>The product is required.</source>
        <translation>El producto es obligatorio.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
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
        <translation>&amp;Producto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Product preview</source>
        <translation>Vista previa del producto</translation>
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
        <translation>Los ID de embajador son positivos.</translation>
    </message>
</context>
<context>
    <name>RatingUpdate</name>
    <message>
        <source>The score is from 0 to 5.</source>
        <translation>La puntuación va de 0 a 5.</translation>
    </message>
    <message>
        <source>Give a score, a comment or both.</source>
        <translation>Indique una puntuación, un comentario o ambos.</translation>
    </message>
</context>
<context>
    <name>RequestRatingForm</name>
    <message>
        <source>Ra&amp;ter</source>
        <translation>&amp;Evaluador</translation>
    </message>
    <message>
        <source>Rater</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Rat&amp;ed</source>
        <translation>E&amp;valuado</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>&amp;Score (0-5)</source>
        <translation>&amp;Puntuación (0-5)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
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
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies at the next start.</source>
        <translation>Un idioma nuevo se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Refresh the inbox every</source>
        <translation>Ac&amp;tualizar la bandeja de entrada cada</translation>
    </message>
    <message>
        <source>Inbox refresh interval in minutes</source>
        <translation>Intervalo de actualización de la bandeja de entrada, en minutos</translation>
    </message>
    <message>
        <source>&amp;Mark a room read when it stays open for 2 seconds</source>
        <translation>&amp;Marcar una sala como leída si sigue abierta 2 segundos</translation>
    </message>
    <message>
        <source>Mark read on opening a room</source>
        <translation>Marcar como leída al abrir una sala</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>Atajos de te&amp;clado…</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>ShopCustomerRequest</name>
    <message>
        <source>The customer&apos;s email is required.</source>
        <translation>El correo del cliente es obligatorio.</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Why a sign-in is needed</source>
        <translation>Por qué hace falta iniciar sesión</translation>
    </message>
    <message>
        <source>Popsell &amp;domain</source>
        <translation>&amp;Dominio de Popsell</translation>
    </message>
    <message>
        <source>shop.example.com</source>
        <translation>shop.example.com</translation>
    </message>
    <message>
        <source>Popsell domain</source>
        <translation>Dominio de Popsell</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>C&amp;lave de API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Marca</translation>
    </message>
    <message>
        <source>Brand id</source>
        <translation>ID de la marca</translation>
    </message>
    <message>
        <source>API &amp;address</source>
        <translation>Di&amp;rección de la API</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>&amp;Remember the API key in the system keychain</source>
        <translation>&amp;Guardar la clave de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the API key</source>
        <translation>Guardar la clave de API</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso sobre el llavero</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The Popsell moderator console. It opens the last used profile, or asks to sign in (or to open the embedded sandbox, which needs no account).</source>
        <translation>La consola de moderación de Popsell. Abre el último perfil usado o pide iniciar sesión (o abrir el entorno de pruebas integrado, que no necesita cuenta).</translation>
    </message>
    <message>
        <source>Open the embedded sandbox with demo data.</source>
        <translation>Abrir el entorno de pruebas integrado con datos de demostración.</translation>
    </message>
    <message>
        <source>Sign in to this Popsell API, e.g. https://example.popsell.com/api/v2, with the key in POPSELL_API_KEY.</source>
        <translation>Iniciar sesión en esta API de Popsell, p. ej. https://example.popsell.com/api/v2, con la clave de POPSELL_API_KEY.</translation>
    </message>
    <message>
        <source>The brand&apos;s API key (prefer POPSELL_API_KEY: the command line shows in the process list).</source>
        <translation>La clave de API de la marca (mejor POPSELL_API_KEY: la línea de órdenes aparece en la lista de procesos).</translation>
    </message>
    <message>
        <source>The platform domain (default: the base URL&apos;s host).</source>
        <translation>El dominio de la plataforma (por defecto: el host de la URL base).</translation>
    </message>
    <message>
        <source>The brand id (default: the domain&apos;s brand).</source>
        <translation>El ID de la marca (por defecto: la marca del dominio).</translation>
    </message>
    <message>
        <source>Render the window to a PNG once loaded, then exit.</source>
        <translation>Guardar la ventana como PNG una vez cargada y salir.</translation>
    </message>
    <message>
        <source>The chatroom to open at start (with --screenshot).</source>
        <translation>La sala que se abre al inicio (con --screenshot).</translation>
    </message>
    <message>
        <source>Window size, e.g. 1280x800.</source>
        <translation>Tamaño de la ventana, p. ej. 1280x800.</translation>
    </message>
    <message>
        <source>Popsell Moderator</source>
        <translation>Popsell Moderator</translation>
    </message>
    <message>
        <source>Appearance for this run: light or dark.</source>
        <translation>Apariencia para esta ejecución: clara u oscura.</translation>
    </message>
    <message>
        <source>The language of the console, e.g. fr or de_DE (default: the system&apos;s).</source>
        <translation>El idioma de la consola, p. ej. fr o de_DE (por defecto: el del sistema).</translation>
    </message>
</context>
<context>
    <name>popsell::api::PopsellApi</name>
    <message>
        <source>The API key is required.</source>
        <translation>La clave de API es obligatoria.</translation>
    </message>
    <message>
        <source>The flag is 1 (to do), 2 (done) or none.</source>
        <translation>La marca es 1 (pendiente), 2 (resuelta) o ninguna.</translation>
    </message>
</context>
<context>
    <name>popsell::app::ActionDialog</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Corrija los campos señalados arriba.</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>progress bar while the action is sent</comment>
        <translation>Enviando</translation>
    </message>
</context>
<context>
    <name>popsell::app::CheatSheetDialog</name>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Predeterminado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Acciones y sus atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>New shortcut</source>
        <translation>Nuevo atajo</translation>
    </message>
    <message>
        <source>Assign the new shortcut</source>
        <translation>Asignar el nuevo atajo</translation>
    </message>
    <message>
        <source>Restore the default shortcut</source>
        <translation>Restablecer el atajo predeterminado</translation>
    </message>
    <message>
        <source>&amp;New shortcut:</source>
        <translation>&amp;Nuevo atajo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>no shortcut</comment>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>popsell::app::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Paleta de comandos</translation>
    </message>
    <message>
        <source>Find a room or an action</source>
        <translation>Buscar una sala o una acción</translation>
    </message>
    <message>
        <source>Find a room (member name, #id) or an action…</source>
        <translation>Buscar una sala (nombre de un miembro, #id) o una acción…</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Room #%1</source>
        <translation>Sala #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::Console</name>
    <message>
        <source>&amp;Pending actions…</source>
        <translation>Acciones p&amp;endientes…</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Actions not sent yet: retry, correct or discard them.</source>
        <translation>Acciones aún no enviadas: reinténtelas, corríjalas o descártelas.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Aj&amp;ustes…</translation>
    </message>
    <message>
        <source>You are signed out. Sign in again, to this or another profile, or open the sandbox.</source>
        <translation>Ha cerrado la sesión. Vuelva a iniciarla, en este perfil o en otro, o abra el entorno de pruebas.</translation>
    </message>
    <message>
        <source>You stay signed in for this session only and will be asked again at the next start; nothing is saved in plain text.</source>
        <translation>Seguirá con la sesión iniciada solo durante esta sesión y se le volverá a preguntar en el próximo inicio; no se guarda nada en texto plano.</translation>
    </message>
    <message numerus="yes">
        <source>%n held request(s) go once you sign in again to %1. Signing in to another profile keeps the pending actions for %1 and drops the other requests.</source>
        <translation>
            <numerusform>%n petición retenida se enviará en cuanto vuelva a iniciar sesión en %1. Iniciar sesión en otro perfil conserva las acciones pendientes de %1 y descarta las demás peticiones.</numerusform>
            <numerusform>%n peticiones retenidas se enviarán en cuanto vuelva a iniciar sesión en %1. Iniciar sesión en otro perfil conserva las acciones pendientes de %1 y descarta las demás peticiones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::ConsoleBackend</name>
    <message>
        <source>“%1” is not a Popsell domain.</source>
        <translation>«%1» no es un dominio de Popsell.</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>El entorno de pruebas no se inició: %1</translation>
    </message>
</context>
<context>
    <name>popsell::app::CreateChatroomDialog</name>
    <message>
        <source>Create chatroom</source>
        <translation>Crear sala</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>First ambassador</source>
        <translation>Primer embajador</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Buscar por nombre o ID</translation>
    </message>
    <message>
        <source>Second ambassador</source>
        <translation>Segundo embajador</translation>
    </message>
    <message>
        <source>Brand tag</source>
        <translation>Etiqueta de marca</translation>
    </message>
    <message>
        <source>Search brand tags</source>
        <translation>Buscar etiquetas de marca</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Lista prioritaria</translation>
    </message>
</context>
<context>
    <name>popsell::app::InboxDelegate</name>
    <message>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Hot list</source>
        <translation>Lista prioritaria</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Brand tag #%1 · %2</source>
        <translation>Etiqueta de marca #%1 · %2</translation>
    </message>
    <message>
        <source>Chatroom #%1</source>
        <translation>Sala #%1</translation>
    </message>
    <message>
        <source>One to many</source>
        <translation>Uno a varios</translation>
    </message>
    <message>
        <source>One to one</source>
        <translation>Uno a uno</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>Diálogo</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message>
        <source>To do</source>
        <comment>moderation flag</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>moderation flag</comment>
        <translation>Resuelta</translation>
    </message>
</context>
<context>
    <name>popsell::app::MainWindow</name>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The brand and domain the console works for (Session menu to switch).</source>
        <translation>La marca y el dominio para los que trabaja la consola (menú Sesión para cambiar).</translation>
    </message>
    <message>
        <source>Held actions</source>
        <translation>Acciones retenidas</translation>
    </message>
    <message>
        <source>Sign-in not saved</source>
        <translation>Inicio de sesión no guardado</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso sobre el llavero</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Modo entorno de pruebas</translation>
    </message>
    <message>
        <source>Demo data on the embedded sandbox; nothing reaches Popsell.</source>
        <translation>Datos de demostración en el entorno de pruebas integrado; nada llega a Popsell.</translation>
    </message>
    <message>
        <source>Popsell Moderator — Sandbox</source>
        <translation>Popsell Moderator — Entorno de pruebas</translation>
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
        <translation>Bandeja de entrada: coinciden %1 de %2 salas cargadas</translation>
    </message>
    <message>
        <source>Inbox: %1 chatrooms (%2 loaded)</source>
        <translation>Bandeja de entrada: %1 salas (%2 cargadas)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox: 1 chatroom</source>
        <translation>Bandeja de entrada: 1 sala</translation>
    </message>
    <message>
        <source>Inbox: %1 chatrooms</source>
        <translation>Bandeja de entrada: %1 salas</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed out.
Use Session ▸ Sign in… to open a profile or the sandbox.</source>
        <translation>Sesión cerrada.
Use Sesión ▸ Iniciar sesión… para abrir un perfil o el entorno de pruebas.</translation>
    </message>
    <message>
        <source>Could not sign in.
%1</source>
        <translation>No se pudo iniciar sesión.
%1</translation>
    </message>
    <message>
        <source>The chatrooms could not be loaded.
%1</source>
        <translation>No se pudieron cargar las salas.
%1</translation>
    </message>
    <message>
        <source>Loading chatrooms…</source>
        <translation>Cargando salas…</translation>
    </message>
    <message>
        <source>No loaded chatroom matches “%1”.</source>
        <translation>Ninguna sala cargada coincide con «%1».</translation>
    </message>
    <message>
        <source>No chatrooms yet.</source>
        <translation>Todavía no hay salas.</translation>
    </message>
    <message>
        <source>The messages could not be loaded.
%1</source>
        <translation>No se pudieron cargar los mensajes.
%1</translation>
    </message>
    <message>
        <source>Loading messages…</source>
        <translation>Cargando mensajes…</translation>
    </message>
    <message>
        <source>No messages in this chatroom yet.</source>
        <translation>Todavía no hay mensajes en esta sala.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>Loading from %1…</source>
        <translation>Cargando desde %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Conectado a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held until you sign in again</source>
        <translation>
            <numerusform>%n acción retenida hasta que vuelva a iniciar sesión</numerusform>
            <numerusform>%n acciones retenidas hasta que vuelva a iniciar sesión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held while signing in again</source>
        <translation>
            <numerusform>%n acción retenida mientras se vuelve a iniciar sesión</numerusform>
            <numerusform>%n acciones retenidas mientras se vuelve a iniciar sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is lost: held actions are sent once the same profile is signed in again. Drafts stay in their dialogs.</source>
        <translation>No se pierde nada: las acciones retenidas se envían en cuanto se vuelve a iniciar sesión en el mismo perfil. Los borradores se quedan en sus diálogos.</translation>
    </message>
</context>
<context>
    <name>popsell::app::MessageDelegate</name>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviado</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Unknown author</source>
        <translation>Autor desconocido</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>In stock: %1 available of %2</source>
        <translation>En existencias: %1 disponibles de %2</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Product #%1</source>
        <translation>Producto #%1</translation>
    </message>
    <message>
        <source>SKU %1 · product #%2</source>
        <translation>SKU %1 · producto #%2</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Aún sin puntuar</translation>
    </message>
    <message>
        <source>Hidden</source>
        <comment>message badge</comment>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>message badge: the action was not sent</comment>
        <translation>Fallido</translation>
    </message>
</context>
<context>
    <name>popsell::app::ModeratorActions</name>
    <message>
        <source>Chatroom</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Create chatroom…</source>
        <translation>&amp;Crear sala…</translation>
    </message>
    <message>
        <source>&amp;Push product…</source>
        <translation>Proponer un &amp;producto…</translation>
    </message>
    <message>
        <source>Request &amp;rating…</source>
        <translation>Solicitar &amp;valoración…</translation>
    </message>
    <message>
        <source>&amp;Mark read…</source>
        <translation>&amp;Marcar como leída…</translation>
    </message>
    <message>
        <source>Set established &amp;dialogue</source>
        <translation>Marcar el &amp;diálogo como establecido</translation>
    </message>
    <message>
        <source>C&amp;lear established dialogue</source>
        <translation>&amp;Quitar el diálogo establecido</translation>
    </message>
    <message>
        <source>Flag as &amp;to do…</source>
        <translation>Marcar como pendien&amp;te…</translation>
    </message>
    <message>
        <source>Flag as d&amp;one…</source>
        <translation>Marcar como &amp;resuelta…</translation>
    </message>
    <message>
        <source>Clear the &amp;flag…</source>
        <translation>&amp;Eliminar la marca…</translation>
    </message>
    <message>
        <source>&amp;Archive or unarchive…</source>
        <translation>&amp;Archivar o desarchivar…</translation>
    </message>
    <message>
        <source>&amp;Block or unblock a member…</source>
        <translation>&amp;Bloquear o desbloquear a un miembro…</translation>
    </message>
    <message>
        <source>&amp;Post a message…</source>
        <translation>&amp;Publicar un mensaje…</translation>
    </message>
    <message>
        <source>Mark read on &amp;opening a room</source>
        <translation>Marcar como leída al abrir u&amp;na sala</translation>
    </message>
    <message>
        <source>&amp;Hide message</source>
        <translation>&amp;Ocultar el mensaje</translation>
    </message>
    <message>
        <source>&amp;Unhide message</source>
        <translation>&amp;Mostrar el mensaje</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Paleta de comandos…</translation>
    </message>
    <message>
        <source>&amp;Next room</source>
        <translation>Sala &amp;siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious room</source>
        <translation>Sala &amp;anterior</translation>
    </message>
    <message>
        <source>Next room &amp;to do</source>
        <translation>Siguiente sala pen&amp;diente</translation>
    </message>
    <message>
        <source>&amp;Filter the inbox</source>
        <translation>&amp;Filtrar la bandeja de entrada</translation>
    </message>
    <message>
        <source>Go to the t&amp;hread</source>
        <translation>Ir a la &amp;conversación</translation>
    </message>
    <message>
        <source>Back to the &amp;inbox</source>
        <translation>&amp;Volver a la bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open a room first (select it in the inbox).</source>
        <translation>Abra primero una sala (selecciónela en la bandeja de entrada).</translation>
    </message>
    <message>
        <source>Chatroom #%1 created.</source>
        <translation>Sala #%1 creada.</translation>
    </message>
    <message>
        <source>Product pushed.</source>
        <translation>Producto propuesto.</translation>
    </message>
    <message>
        <source>Rating requested.</source>
        <translation>Valoración solicitada.</translation>
    </message>
    <message>
        <source>Message posted.</source>
        <translation>Mensaje publicado.</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: hecho.</translation>
    </message>
    <message>
        <source>Setting the established dialogue…</source>
        <translation>Marcando el diálogo establecido…</translation>
    </message>
    <message>
        <source>Clearing the established dialogue…</source>
        <translation>Quitando el diálogo establecido…</translation>
    </message>
    <message>
        <source>Established dialogue set for room #%1.</source>
        <translation>Diálogo establecido marcado para la sala #%1.</translation>
    </message>
    <message>
        <source>Established dialogue cleared for room #%1.</source>
        <translation>Diálogo establecido quitado de la sala #%1.</translation>
    </message>
    <message>
        <source>Not sent yet: Popsell did not answer. The console keeps trying; see the pending actions (Ctrl+Shift+O).</source>
        <translation>Aún no enviado: Popsell no respondió. La consola sigue intentándolo; vea las acciones pendientes (Ctrl+Mayús+O).</translation>
    </message>
    <message>
        <source>Select a message in the thread first.</source>
        <translation>Seleccione primero un mensaje de la conversación.</translation>
    </message>
    <message>
        <source>Message shown again.</source>
        <translation>Mensaje visible de nuevo.</translation>
    </message>
    <message>
        <source>Message hidden.</source>
        <translation>Mensaje oculto.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Room #%1 is no longer in the inbox.</source>
        <translation>La sala #%1 ya no está en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>No room to do among the loaded rooms.</source>
        <translation>No hay ninguna sala pendiente entre las salas cargadas.</translation>
    </message>
    <message>
        <source>Rooms will be marked read when opened.</source>
        <translation>Las salas se marcarán como leídas al abrirlas.</translation>
    </message>
    <message>
        <source>Rooms will no longer be marked read when opened.</source>
        <translation>Las salas ya no se marcarán como leídas al abrirlas.</translation>
    </message>
    <message>
        <source>Chatroom #%1 is not loaded in the inbox.</source>
        <translation>La sala #%1 no está cargada en la bandeja de entrada.</translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxBridge</name>
    <message>
        <source>Product #%1</source>
        <translation>Producto #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxStatus</name>
    <message>
        <source>Actions not sent yet</source>
        <translation>Acciones aún no enviadas</translation>
    </message>
    <message>
        <source>Actions not sent yet (Ctrl+Shift+O)</source>
        <translation>Acciones aún no enviadas (Ctrl+Mayús+O)</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Popsell asked to wait: trying again in %n s</source>
        <translation>
            <numerusform>Popsell pidió esperar: nuevo intento en %n s</numerusform>
            <numerusform>Popsell pidió esperar: nuevo intento en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::PendingPanel</name>
    <message>
        <source>Actions not sent yet</source>
        <translation>Acciones aún no enviadas</translation>
    </message>
    <message>
        <source>Everything has been sent.</source>
        <translation>Se ha enviado todo.</translation>
    </message>
    <message>
        <source>Details of the selected action</source>
        <translation>Detalles de la acción seleccionada</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Send the selected action again now.</source>
        <translation>Volver a enviar ahora la acción seleccionada.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Correct what the server refused; OK there replaces this action.</source>
        <translation>Corrija lo que el servidor rechazó; al pulsar Aceptar allí, se sustituye esta acción.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Drop the selected action: it will not be sent.</source>
        <translation>Descartar la acción seleccionada: no se enviará.</translation>
    </message>
</context>
<context>
    <name>popsell::app::PostMessageDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Write a message — Ctrl+Enter sends</source>
        <translation>Escriba un mensaje — Ctrl+Intro lo envía</translation>
    </message>
    <message>
        <source>Post a message in chatroom #%1</source>
        <translation>Publicar un mensaje en la sala #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::ProductPreview</name>
    <message>
        <source>Product preview</source>
        <translation>Vista previa del producto</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>No product chosen</source>
        <translation>Ningún producto elegido</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>%1, price %2, discount %3, stock %4</source>
        <translation>%1, precio %2, descuento %3, existencias %4</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no discount</comment>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>popsell::app::PushProductDialog</name>
    <message>
        <source>&amp;Push</source>
        <translation>P&amp;roponer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Search products by name</source>
        <translation>Buscar productos por nombre</translation>
    </message>
    <message>
        <source>Push a product into chatroom #%1</source>
        <translation>Proponer un producto en la sala #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::RequestRatingDialog</name>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitar</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Sin puntuación</translation>
    </message>
    <message>
        <source>Optional comment</source>
        <translation>Comentario opcional</translation>
    </message>
    <message>
        <source>Request a rating in chatroom #%1</source>
        <translation>Solicitar una valoración en la sala #%1</translation>
    </message>
</context>
<context>
    <name>popsell::app::RoomHeader</name>
    <message>
        <source>Chatroom details</source>
        <translation>Detalles de la sala</translation>
    </message>
    <message>
        <source>Chatroom</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Established dialogue</source>
        <translation>Diálogo establecido</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>read up to #%1</source>
        <translation>leído hasta el #%1</translation>
    </message>
    <message>
        <source>nothing read yet</source>
        <translation>nada leído todavía</translation>
    </message>
    <message>
        <source>No chatroom open</source>
        <translation>Ninguna sala abierta</translation>
    </message>
    <message>
        <source>Choose a chatroom in the inbox (Up/Down, Enter).</source>
        <translation>Elija una sala en la bandeja de entrada (Arriba/Abajo, Intro).</translation>
    </message>
    <message>
        <source>Chatroom #%1</source>
        <translation>Sala #%1</translation>
    </message>
    <message>
        <source>one to many</source>
        <translation>uno a varios</translation>
    </message>
    <message>
        <source>one to one</source>
        <translation>uno a uno</translation>
    </message>
    <message>
        <source>brand tag #%1</source>
        <translation>etiqueta de marca #%1</translation>
    </message>
    <message>
        <source>No established dialogue</source>
        <translation>Sin diálogo establecido</translation>
    </message>
    <message>
        <source>Established dialogue since %1</source>
        <translation>Diálogo establecido desde el %1</translation>
    </message>
    <message>
        <source>online</source>
        <comment>member state</comment>
        <translation>en línea</translation>
    </message>
    <message>
        <source>offline</source>
        <comment>member state</comment>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>archived</source>
        <comment>the room, for this member</comment>
        <translation>sala archivada</translation>
    </message>
    <message>
        <source>blocked</source>
        <comment>this member, in the room</comment>
        <translation>bloqueado</translation>
    </message>
</context>
<context>
    <name>popsell::app::SearchPicker</name>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>popsell::app::SessionActions</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in with a Popsell domain and a brand&apos;s API key.</source>
        <translation>Iniciar sesión con un dominio de Popsell y la clave de API de una marca.</translation>
    </message>
    <message>
        <source>S&amp;witch profile</source>
        <translation>Cambiar de &amp;perfil</translation>
    </message>
    <message>
        <source>Open the sand&amp;box</source>
        <translation>Abrir el &amp;entorno de pruebas</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Ends the session at Popsell and forgets this profile&apos;s token, saved key and cached data.</source>
        <translation>Cierra la sesión en Popsell y olvida el token, la clave guardada y los datos en caché de este perfil.</translation>
    </message>
    <message>
        <source>No saved profile yet</source>
        <translation>Todavía no hay perfiles guardados</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) of %1 are held until you sign in again. Switching to %2 keeps its pending actions for later and drops the other requests.</source>
        <translation>
            <numerusform>%n petición de %1 está retenida hasta que vuelva a iniciar sesión. Cambiar a %2 conserva sus acciones pendientes para más tarde y descarta las demás peticiones.</numerusform>
            <numerusform>%n peticiones de %1 están retenidas hasta que vuelva a iniciar sesión. Cambiar a %2 conserva sus acciones pendientes para más tarde y descarta las demás peticiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Drop and switch</source>
        <translation>&amp;Descartar y cambiar</translation>
    </message>
</context>
<context>
    <name>popsell::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
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
        <translation>Iniciar sesión en Popsell</translation>
    </message>
    <message>
        <source>The domain&apos;s brand</source>
        <translation>La marca del dominio</translation>
    </message>
    <message>
        <source>The brand id sent as X-Popsell-Brand. Leave it on “The domain&apos;s brand” to use the brand the domain belongs to.</source>
        <translation>El ID de marca enviado como X-Popsell-Brand. Déjelo en «La marca del dominio» para usar la marca a la que pertenece el dominio.</translation>
    </message>
    <message>
        <source>Only for a platform that does not serve the API at https://&lt;domain&gt;/api/v2.</source>
        <translation>Solo para una plataforma que no sirve la API en https://&lt;dominio&gt;/api/v2.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Iniciando sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Open the sandbox</source>
        <translation>&amp;Abrir el entorno de pruebas</translation>
    </message>
    <message>
        <source>Open the sandbox</source>
        <translation>Abrir el entorno de pruebas</translation>
    </message>
    <message>
        <source>Demo data on a server inside the console: no account needed, nothing reaches Popsell.</source>
        <translation>Datos de demostración en un servidor dentro de la consola: no hace falta cuenta y nada llega a Popsell.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Please correct the fields marked above.</source>
        <translation>Corrija los campos señalados arriba.</translation>
    </message>
    <message>
        <source>Enter the Popsell domain, for example shop.example.com.</source>
        <translation>Introduzca el dominio de Popsell, por ejemplo shop.example.com.</translation>
    </message>
    <message>
        <source>Enter the brand&apos;s API key.</source>
        <translation>Introduzca la clave de API de la marca.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
</context>
<context>
    <name>popsell::auth::SecretStore</name>
    <message>
        <source>Nothing was saved: the secret is empty.</source>
        <translation>No se guardó nada: el secreto está vacío.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: the secret is %n byte(s) long, more than the %1 bytes a keychain entry holds.</source>
        <translation>
            <numerusform>No se guardó: el secreto ocupa %n byte, más que los %1 bytes que admite una entrada del llavero.</numerusform>
            <numerusform>No se guardó: el secreto ocupa %n bytes, más que los %1 bytes que admite una entrada del llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>El llavero del sistema no está disponible (%1).</translation>
    </message>
    <message>
        <source>No saved sign-in for this profile.</source>
        <translation>No hay ningún inicio de sesión guardado para este perfil.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>El llavero del sistema no respondió en %n segundo.</numerusform>
            <numerusform>El llavero del sistema no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The sign-in is kept for this session only.</source>
        <translation>%1 El inicio de sesión solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>Kept for this session only.</source>
        <translation>Se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>%1 The sign-in was forgotten for this session.</source>
        <translation>%1 El inicio de sesión se olvidó para esta sesión.</translation>
    </message>
</context>
<context>
    <name>popsell::auth::Session</name>
    <message>
        <source>Sign in to %1 again.</source>
        <translation>Vuelva a iniciar sesión en %1.</translation>
    </message>
    <message>
        <source>The saved sign-in could not be read: %1</source>
        <translation>No se pudo leer el inicio de sesión guardado: %1</translation>
    </message>
    <message>
        <source>Enter the brand&apos;s API key.</source>
        <translation>Introduzca la clave de API de la marca.</translation>
    </message>
    <message>
        <source>This is not an API key: it is longer than %1 bytes.</source>
        <translation>Esto no es una clave de API: ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>The saved API key was refused. Sign in again.</source>
        <translation>Se rechazó la clave de API guardada. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session with %1 ended. Sign in again: held actions are sent once you are back.</source>
        <translation>Su sesión con %1 ha terminado. Vuelva a iniciar sesión: las acciones retenidas se enviarán en cuanto vuelva.</translation>
    </message>
    <message>
        <source>The API key was refused for this domain.</source>
        <translation>Se rechazó la clave de API para este dominio.</translation>
    </message>
    <message>
        <source>You signed out before this was sent: it was not sent.</source>
        <translation>Cerró la sesión antes de que se enviara: no se envió.</translation>
    </message>
</context>
<context>
    <name>popsell::cli::CommandRun</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and were left out</source>
        <translation>
            <numerusform>%n elemento no se pudo leer y se omitió</numerusform>
            <numerusform>%n elementos no se pudieron leer y se omitieron</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped after %1 pages; more remain</source>
        <translation>detenido tras %1 páginas; quedan más</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2, %3 in total</source>
        <translation>página %1 de %2, %3 en total</translation>
    </message>
    <message>
        <source>(next: --page %1; every page: --all)</source>
        <translation>(siguiente: --page %1; todas las páginas: --all)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>popsell::cli::Session</name>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>el entorno de pruebas no se inició: %1</translation>
    </message>
    <message>
        <source>sandbox on %1, brand %2</source>
        <translation>entorno de pruebas en %1, marca %2</translation>
    </message>
    <message>
        <source>exchanging the API key for a token</source>
        <translation>canjeando la clave de API por un token</translation>
    </message>
    <message>
        <source>no --brand: asking GET /brand</source>
        <translation>sin --brand: consultando GET /brand</translation>
    </message>
    <message>
        <source>brand %1</source>
        <translation>marca %1</translation>
    </message>
</context>
<context>
    <name>popsell::models::AmbassadorSearchModel</name>
    <message>
        <source>Ambassador #%1</source>
        <translation>Embajador #%1</translation>
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
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::models::MessagePreview</name>
    <message>
        <source>Hidden message</source>
        <translation>Mensaje oculto</translation>
    </message>
    <message>
        <source>Product: %1</source>
        <translation>Producto: %1</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Rating: %1/5</source>
        <translation>Valoración: %1/5</translation>
    </message>
    <message>
        <source>Rating requested</source>
        <translation>Valoración solicitada</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
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
