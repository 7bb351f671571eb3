<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation>no se ha podido leer la pista del vídeo</translation>
    </message>
</context>
<context>
    <name>cairn-cli</name>
    <message>
        <source>cairn-cli: %1</source>
        <translation>cairn-cli: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1 is not a folder.</source>
        <translation>cairn-cli: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation>cairn-cli: no hay carpetas que analizar. Indique una: cairn-cli scan FOLDER</translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation>Analizando %1/%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s) scanned</source>
        <translation>
            <numerusform>%Ln vídeo analizado</numerusform>
            <numerusform>%Ln vídeos analizados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation>añadidos: %1, actualizados: %2, sin cambios: %3, ausentes: %4, con errores: %5 (%6 s)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation>(no se puede reproducir: %1)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation>cairn-cli: no hay carpetas que verificar. Indique una: cairn-cli verify FOLDER</translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation>%1: no hay manifiesto cairn.json, no hay nada que verificar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation>%1 de %2 archivos coinciden con sus sumas de comprobación</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>ausente: %1</translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation>dañado o modificado (la suma de comprobación no coincide): %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>ilegible: %1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>no figura en el manifiesto: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation>cairn-cli: %1: no existe el archivo.</translation>
    </message>
    <message>
        <source>cairn-cli: %1: %2</source>
        <translation>cairn-cli: %1: %2</translation>
    </message>
    <message>
        <source>Usage: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

Commands:
  scan [FOLDER...]     Index tutorial folders (all known folders when none is given)
  list                 List the indexed tutorials
  search QUERY         Search titles and everything said in the subtitles
  verify [FOLDER...]   Check packs against the checksums in their cairn.json
  subtitles FILE       Print a subtitle file (SRT or WebVTT) as JSON

Options:
  --db PATH            Index database (default: the player&apos;s, %1)
  --json               Machine-readable output
  --lang LANG          search, list: only this subtitle language (ar, zh, en, fr, ru, es, ...)
  --limit N            search: at most N hits (default 50)
  --system             scan: mark the folders as system-wide (read-only for users)
  --no-thumbnails      scan: do not make thumbnails
  -q, --quiet          No progress or summary
  -h, --help           Show this help
  -v, --version        Show the version

Exit codes: 0 success, 1 problems found (verify failed, unreadable subtitle file),
2 usage error, 3 the database cannot be used (locked, newer version, disk full).
Cairn never uses the network.
</source>
        <translation>Uso: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

Comandos:
  scan [FOLDER...]     Indexa carpetas de tutoriales (todas las carpetas conocidas si no se indica ninguna)
  list                 Muestra los tutoriales indexados
  search QUERY         Busca en los títulos y en todo lo que se dice en los subtítulos
  verify [FOLDER...]   Comprueba los paquetes con las sumas de comprobación de su cairn.json
  subtitles FILE       Muestra un archivo de subtítulos (SRT o WebVTT) en formato JSON

Opciones:
  --db PATH            Base de datos del índice (predeterminada: la del reproductor, %1)
  --json               Salida legible por máquina
  --lang LANG          search, list: solo este idioma de subtítulos (ar, zh, en, fr, ru, es, ...)
  --limit N            search: como máximo N resultados (50 de forma predeterminada)
  --system             scan: marca las carpetas como de todo el sistema (de solo lectura para los usuarios)
  --no-thumbnails      scan: no crea miniaturas
  -q, --quiet          Sin progreso ni resumen
  -h, --help           Muestra esta ayuda
  -v, --version        Muestra la versión

Códigos de salida: 0 éxito, 1 se encontraron problemas (falló la verificación, archivo de subtítulos ilegible),
2 error de uso, 3 no se puede usar la base de datos (bloqueada, versión más reciente, disco lleno).
Cairn nunca usa la red.
</translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation>cairn-cli: --limit requiere un número positivo.</translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation>cairn-cli: search requiere una consulta, p. ej., cairn-cli search &quot;ciudad del aprendizaje&quot;</translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation>cairn-cli: subtitles requiere exactamente un archivo (FILE).</translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation>cairn-cli: comando desconocido «%1».</translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%Ln tutorials in the library</source>
        <translation>
            <numerusform>%Ln tutorial en la biblioteca</numerusform>
            <numerusform>%Ln tutoriales en la biblioteca</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation>Elegir una carpeta de tutoriales</translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation>Quitar una carpeta</translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation>Dejar de mostrar los tutoriales de esta carpeta (no se elimina ningún archivo):</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>¿Dónde está ahora «%1»?</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Vídeos (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Added %1 to the library.</source>
        <translation>Se ha añadido %1 a la biblioteca.</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Localizar archivo…</translation>
    </message>
    <message>
        <source>%1 could not be added to the library.</source>
        <translation>No se ha podido añadir %1 a la biblioteca.</translation>
    </message>
    <message>
        <source>Resuming at %1, where you stopped.</source>
        <translation>Se reanuda en %1, donde lo dejó.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Volver al principio</translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation>Cairn — público</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Pantalla del público</translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation>Espacio o K</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation>Flecha izquierda / derecha</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>Retroceder o avanzar 5 segundos</translation>
    </message>
    <message>
        <source>J / L</source>
        <translation>J / L</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>Retroceder o avanzar 10 segundos</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Más lento / más rápido</translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation>Flecha arriba / abajo</translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation>Subir / bajar el volumen</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation>Siguiente idioma de subtítulos y, al final, sin subtítulos</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation>Salir de pantalla completa, cerrar esta ayuda</translation>
    </message>
    <message>
        <source>N / P</source>
        <translation>N / P</translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation>Tutorial siguiente / anterior</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? o F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Mostrar u ocultar esta ayuda</translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation>Aún no vistos</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation>Buscar en los títulos y en todo lo que se dice en los tutoriales</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Idioma de los subtítulos</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutoriales</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation>Buscando tutoriales…</translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation>Buscando tutoriales… %1 de %2</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Todas las series</translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation>Cualquier idioma de subtítulos</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se ha encontrado nada para «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places found</source>
        <translation>
            <numerusform>%Ln coincidencia encontrada</numerusform>
            <numerusform>%Ln coincidencias encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation>Todavía no hay tutoriales. Use Biblioteca ▸ Añadir una carpeta de tutoriales… para indicar dónde están sus vídeos.</translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation>Ningún tutorial coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>cairn::app::MainWindow</name>
    <message>
        <source>Cairn</source>
        <translation>Cairn</translation>
    </message>
    <message>
        <source>%1 — Cairn</source>
        <translation>%1 — Cairn</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation>&amp;Añadir una carpeta de tutoriales…</translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation>&amp;Quitar una carpeta…</translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation>Buscar archivos &amp;nuevos y modificados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Reproductor</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation>&amp;Pantalla completa (F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Volver al principio</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Retroceder 10 segundos (J)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Retroceder 5 segundos (flecha izquierda)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Avanzar 5 segundos (flecha derecha)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Avanzar 10 segundos (L)</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Tutorial siguiente (N)</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Tutorial anterior (P)</translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation>Reproducir automáticamente el tutorial siguiente</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Subtítulos</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Agrandar</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation>Mostrar 0,1 s más tarde</translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation>Mostrar 0,1 s antes</translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation>Intercambiar los idiomas de arriba y abajo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation>Atajos de &amp;teclado (?)</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>&amp;Acerca de Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>Acerca de Cairn</translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation>Cairn %1
Reproduce tutoriales sin conexión, con subtítulos en los seis idiomas de la ONU.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions…</source>
        <translation>Sesiones de &amp;taller…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 de %4)</translation>
    </message>
</context>
<context>
    <name>cairn::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>&amp;Language of menus and messages:</source>
        <translation>&amp;Idioma de los menús y mensajes:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Subtitle languages</source>
        <translation>Idiomas de los subtítulos</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Main subtitles</source>
        <translation>Subtítulos principales</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <source>Text size (% of the picture height):</source>
        <translation>Tamaño del texto (% de la altura de la imagen):</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posición:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Dark box behind the text (else an outline)</source>
        <translation>Fondo oscuro detrás del texto (si no, un contorno)</translation>
    </message>
    <message>
        <source>Play the next tutorial of a series automatically</source>
        <translation>Reproducir automáticamente el tutorial siguiente de una serie</translation>
    </message>
    <message>
        <source>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</source>
        <translation>&amp;Mostrar los subtítulos en el primer idioma marcado que tenga el tutorial. Suba un idioma para darle preferencia.</translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation>Cairn — presentando «%1»</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>Lo que ve la sala</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation>Terminar el debate: ocultar la tarjeta y seguir reproduciendo (Espacio)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Pantalla negra</translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation>Pantalla del público en negro (B)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Congelar</translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation>Congelar la imagen que ve el público (F)</translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation>Pantalla del público:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation>Subtítulos en la pantalla del público</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Primer idioma</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation> % de la altura</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation>En pausa para el debate. Espacio o «Continuar» reanuda la reproducción.</translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation>Fin de este elemento. Av Pág o Espacio para pasar al siguiente.</translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation>Fin de la sesión.</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Detener la presentación</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>Este es el último elemento.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Pantalla %1</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation>Nueva pantalla %1: la vista del público se ha trasladado a ella.</translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation>Se ha desconectado la pantalla del público: la vista de la sala está ahora en esta pantalla (Esc la oculta).</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Siguiente: fin de la sesión</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Puntos de pausa</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln item(s). Press Present (F5).</source>
        <translation>
            <numerusform>Listo: %Ln elemento. Pulse «Presentar» (F5).</numerusform>
            <numerusform>Listo: %Ln elementos. Pulse «Presentar» (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation>Transcurrido: %1 · Restante: %2
Resto de la sesión: %3</translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el vídeo</translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation>Sesiones de taller</translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation>No se pueden abrir los planes de sesión: %1</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nombre de la sesión</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>Arrastre para cambiar el orden</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Notas para toda la sesión</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>end</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Empezar en</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Detener en</translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation>Primer idioma de subtítulos</translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation>Segundo idioma de subtítulos</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>Pregunta para el debate</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Puntos de pausa</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>Añadir punto de pausa</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>Quitar punto de pausa</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>Solo usted ve estas notas</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Notas del formador</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimir folleto…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln elemento)</numerusform>
            <numerusform>%1 (%Ln elementos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>%1  · %2</source>
        <translation>%1  · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1  · %Ln pause(s)</source>
        <translation>
            <numerusform>%1  · %Ln pausa</numerusform>
            <numerusform>%1  · %Ln pausas</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation>No se encuentra en esta biblioteca</translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation>Según las preferencias del reproductor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>No se ha podido guardar el plan: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation>Exportado a %1. Cópielo junto con los vídeos; Cairn los encontrará en el otro equipo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation>Sesión «%1» importada: se han encontrado %2 de %3 vídeos en esta biblioteca.</translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation>%1 No encontrados: %2. Añada a la biblioteca la carpeta que los contiene y vuelva a importar.</translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation>Folleto guardado en %1.</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Importar una sesión</translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation>Sesiones de Cairn (*.%1)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exportar la sesión</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir folleto</translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation>Idioma de la transcripción</translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation>Segundo idioma (en paralelo)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Incluir mis notas</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar el folleto</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Eliminar el plan</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation>¿Eliminar el plan «%1»?</translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation>No se han podido leer algunos subtítulos (%1).</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Idioma desconocido</translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation>para sordos</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forzados</translation>
    </message>
    <message>
        <source>in the video</source>
        <translation>integrados</translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation>Filtrar la transcripción</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Líneas de la transcripción</translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation>Elija unos subtítulos para ver la transcripción.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Controles de reproducción</translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation>Tutorial anterior</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Tutorial anterior (P)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Retroceder 10 segundos (J)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation>Retroceder 5 segundos (flecha izquierda)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Reproducir o pausar (Espacio, K)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>Avanzar 5 segundos (flecha derecha)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Avanzar 10 segundos (L)</translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation>Tutorial siguiente</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Tutorial siguiente (N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Velocidad de reproducción ([ más lenta, ] más rápida)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Silenciar (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation>Volumen (flechas arriba y abajo)</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation>Elegir subtítulos (C para ir alternando)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Mostrar la transcripción</translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation>Mostrar la transcripción junto al vídeo</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation>Pantalla completa (F; Esc para salir)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar el sonido</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Segundo idioma</translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ Visto</translation>
    </message>
    <message>
        <source>%1 · %2/%3</source>
        <translation>%1 · %2/%3</translation>
    </message>
</context>
<context>
    <name>cairn::app::VideoView</name>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation>El índice de la biblioteca estaba dañado. Se ha apartado a %1 y se reconstruirá en el próximo análisis; su progreso se conserva.</translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation>Su base de datos de progreso estaba dañada. Se ha apartado a %1 (no se ha eliminado nada) y se ha creado una nueva.</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation>La base de datos de la biblioteca %1 se creó con una versión más reciente de Cairn (esquema %2; esta versión conoce el esquema %3). Actualice Cairn; el archivo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation>La base de datos de la biblioteca %1 está bloqueada por otro programa (¿ya se está ejecutando Cairn?).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio y vuelva a iniciar Cairn.</translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation>No se puede abrir la base de datos de la biblioteca %1: la carpeta no existe o no se puede escribir en ella.</translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation>No se puede usar la base de datos de la biblioteca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>No se puede leer el manifiesto %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation>El manifiesto %1 no es un JSON válido (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation>%1 no es un manifiesto de Cairn (falta &quot;format&quot;: &quot;cairn-manifest&quot;).</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation>No se puede leer la carpeta %1: permiso denegado. Se ha omitido.</translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation>La carpeta %1 no está disponible (¿una unidad desconectada?). Sus tutoriales se conservan y se marcan como ausentes hasta que vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation>El disco está lleno: el análisis se ha detenido. Se conserva lo indexado hasta ahora; libere espacio y vuelva a analizar.</translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation>La base de datos de la biblioteca está ocupada (otra instancia de Cairn está escribiendo en ella). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation>Error de la base de datos de la biblioteca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</source>
        <translation>
            <numerusform>%Ln nombre en %1 no es UTF-8 válido (¿un archivo comprimido de un sistema antiguo?) y se omitió. Cámbielo de nombre para añadirlo.</numerusform>
            <numerusform>%Ln nombres en %1 no son UTF-8 válido (¿un archivo comprimido de un sistema antiguo?) y se omitieron. Cámbieles el nombre para añadirlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation>No se puede leer el archivo. Compruebe que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation>No es un archivo de vídeo ni de audio.</translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation>El archivo no contiene vídeo ni audio.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation>El archivo está incompleto o dañado. Puede que no haya terminado de descargarse o copiarse.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation>El archivo está vacío (0 bytes). Puede que no haya terminado de descargarse o copiarse.</translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation>No se puede leer este formato de subtítulos.</translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation>El archivo está dañado o no se ha podido leer hasta el final; puede que falten algunos subtítulos.</translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation>No se ha encontrado ningún dispositivo de sonido: el vídeo se reproduce sin sonido.</translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation>La reproducción de «%1» se detiene una y otra vez. Vuelva a intentarlo dentro de un momento o reinicie Cairn.</translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation>No se encuentra el vídeo «%1». Si está en una memoria USB u otra unidad, conéctela; si se ha movido, vuelva a localizarlo.</translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation>«%1» necesita un decodificador de vídeo o audio que no está instalado. En Debian o Ubuntu, instale el paquete gstreamer1.0-libav y vuelva a abrir el vídeo.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation>No se puede reproducir «%1»: el archivo está dañado, incompleto o no es un vídeo.</translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation>La reproducción de «%1» se ha detenido por un error.</translation>
    </message>
    <message>
        <source>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</source>
        <translation>«%1» no puede mostrar la imagen: su vídeo está en %2 y el decodificador correspondiente no está instalado. En Debian o Ubuntu, instale el paquete %3 y vuelva a abrir el vídeo.</translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation>El archivo no contiene texto legible (datos binarios o una codificación desconocida).</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation>El archivo contiene datos binarios (bytes NUL), no texto de subtítulos.</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>No se ha podido reconocer la codificación del texto del archivo.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>La codificación %1 no es compatible con este sistema.</translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation>línea %1: línea de tiempos mal formada, se omite el subtítulo</translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation>línea %1: el subtítulo termina antes de empezar, se omite</translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation>línea %1: texto inesperado fuera de un subtítulo, se omite</translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation>No se ha encontrado ninguna línea de tiempos de subtítulos (&quot;--&gt;&quot;).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation>%1 es demasiado grande para un archivo de subtítulos (más de 64 MiB).</translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation>No es un archivo WebVTT: la primera línea debe empezar por &quot;WEBVTT&quot;.</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation>línea %1: tiempos del subtítulo mal formados, se omite el subtítulo</translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation>línea %1: se ignora el texto fuera de un subtítulo</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no dialogue line that can be shown.</source>
        <translation>Este archivo ASS/SSA no tiene ninguna línea de diálogo que se pueda mostrar.</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no [Events] section.</source>
        <translation>Este archivo ASS/SSA no tiene sección [Events].</translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation>%1 – final</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation>No hay transcripción en los idiomas elegidos.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation>No es un archivo de sesión de Cairn (%1).</translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation>No es un archivo de sesión de Cairn.</translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation>Esta sesión se creó con una versión más reciente de Cairn (formato %1). Actualice Cairn para abrirla.</translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%Ln tutorial(s), %1 in total</source>
        <translation>
            <numerusform>%Ln tutorial, %1 en total</numerusform>
            <numerusform>%Ln tutoriales, %1 en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation>«%1» no está en esta biblioteca (o su unidad está desconectada).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation>Reproduce tutoriales sin conexión, con subtítulos.</translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation>Reproducir FILE inmediatamente.</translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation>No abrir ningún dispositivo de sonido.</translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation>Abrir FILE repetidamente y mostrar los tiempos.</translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation>Número de ejecuciones de la prueba de rendimiento.</translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation>Prueba de rendimiento: tiempo de reproducción (en ms).</translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation>Mostrar los subtítulos en LANG (ar, zh-Hans, en…).</translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation>Mostrar también subtítulos en LANG, en la parte superior.</translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation>Un vídeo para reproducir.</translation>
    </message>
</context>
</TS>
