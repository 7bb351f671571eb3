<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>the track could not be read from the video</source>
        <translation>la piste n’a pas pu être lue depuis la vidéo</translation>
    </message>
</context>
<context>
    <name>cairn-cli</name>
    <message>
        <source>cairn-cli: %1</source>
        <translation>cairn-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1 is not a folder.</source>
        <translation>cairn-cli&#xa0;: %1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to scan. Give one: cairn-cli scan FOLDER</source>
        <translation>cairn-cli&#xa0;: aucun dossier à analyser. Indiquez-en un&#xa0;: cairn-cli scan FOLDER</translation>
    </message>
    <message>
        <source>Scanning %1/%2: %3</source>
        <translation>Analyse %1/%2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln video(s) scanned</source>
        <translation>
            <numerusform>%Ln vidéo analysée</numerusform>
            <numerusform>%Ln vidéos analysées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 missing, %5 with errors (%6 s)</source>
        <translation>ajoutées&#xa0;: %1, mises à jour&#xa0;: %2, inchangées&#xa0;: %3, manquantes&#xa0;: %4, en erreur&#xa0;: %5 (%6 s)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(manquant)</translation>
    </message>
    <message>
        <source>(cannot play: %1)</source>
        <translation>(lecture impossible&#xa0;: %1)</translation>
    </message>
    <message>
        <source>No matches for &quot;%1&quot;.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>cairn-cli: no folders to verify. Give one: cairn-cli verify FOLDER</source>
        <translation>cairn-cli&#xa0;: aucun dossier à vérifier. Indiquez-en un&#xa0;: cairn-cli verify FOLDER</translation>
    </message>
    <message>
        <source>%1: no cairn.json manifest, nothing to verify.</source>
        <translation>%1&#xa0;: pas de manifeste cairn.json, rien à vérifier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>%1 of %2 files match their checksums</source>
        <translation>%1 fichiers sur %2 correspondent à leur somme de contrôle</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged or changed (checksum differs): %1</source>
        <translation>endommagé ou modifié (somme de contrôle différente)&#xa0;: %1</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not in the manifest: %1</source>
        <translation>absent du manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>cairn-cli: %1: no such file.</source>
        <translation>cairn-cli&#xa0;: %1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>cairn-cli: %1: %2</source>
        <translation>cairn-cli&#xa0;: %1&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;: cairn-cli [--db PATH] [--json] COMMAND [ARGS]

Commandes&#xa0;:
  scan [FOLDER...]     Indexer des dossiers de tutoriels (tous les dossiers connus si aucun n’est indiqué)
  list                 Lister les tutoriels indexés
  search QUERY         Rechercher dans les titres et dans tout ce qui est dit dans les sous-titres
  verify [FOLDER...]   Vérifier les paquets à l’aide des sommes de contrôle de leur cairn.json
  subtitles FILE       Afficher un fichier de sous-titres (SRT ou WebVTT) au format JSON

Options&#xa0;:
  --db PATH            Base de données d’index (par défaut&#xa0;: celle du lecteur, %1)
  --json               Sortie lisible par une machine
  --lang LANG          search, list&#xa0;: uniquement cette langue de sous-titres (ar, zh, en, fr, ru, es, ...)
  --limit N            search&#xa0;: au plus N résultats (50 par défaut)
  --system             scan&#xa0;: marquer les dossiers comme communs à tout le système (en lecture seule pour les utilisateurs)
  --no-thumbnails      scan&#xa0;: ne pas créer de miniatures
  -q, --quiet          Ni progression ni résumé
  -h, --help           Afficher cette aide
  -v, --version        Afficher la version

Codes de sortie&#xa0;: 0 succès, 1 problèmes détectés (échec de la vérification, fichier de sous-titres illisible),
2 erreur d’utilisation, 3 base de données inutilisable (verrouillée, version plus récente, disque plein).
Cairn n’utilise jamais le réseau.
</translation>
    </message>
    <message>
        <source>cairn-cli: --limit takes a positive number.</source>
        <translation>cairn-cli&#xa0;: --limit attend un nombre positif.</translation>
    </message>
    <message>
        <source>cairn-cli: search needs a query, e.g. cairn-cli search &quot;learning city&quot;</source>
        <translation>cairn-cli&#xa0;: search attend une requête, par exemple cairn-cli search &quot;ville apprenante&quot;</translation>
    </message>
    <message>
        <source>cairn-cli: subtitles needs exactly one FILE.</source>
        <translation>cairn-cli&#xa0;: subtitles attend exactement un fichier (FILE).</translation>
    </message>
    <message>
        <source>cairn-cli: unknown command &quot;%1&quot;.</source>
        <translation>cairn-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cairn::app::Application</name>
    <message numerus="yes">
        <source>%Ln tutorials in the library</source>
        <translation>
            <numerusform>%Ln tutoriel dans la bibliothèque</numerusform>
            <numerusform>%Ln tutoriels dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder of tutorials</source>
        <translation>Choisir un dossier de tutoriels</translation>
    </message>
    <message>
        <source>Remove a folder</source>
        <translation>Retirer un dossier</translation>
    </message>
    <message>
        <source>Stop showing the tutorials of this folder (no file is deleted):</source>
        <translation>Ne plus afficher les tutoriels de ce dossier (aucun fichier n’est supprimé)&#xa0;:</translation>
    </message>
    <message>
        <source>Where is “%1” now?</source>
        <translation>Où se trouve maintenant «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Videos (%1);;All files (*)</source>
        <translation>Vidéos (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Added %1 to the library.</source>
        <translation>%1 a été ajouté à la bibliothèque.</translation>
    </message>
    <message>
        <source>Locate file…</source>
        <translation>Localiser le fichier…</translation>
    </message>
    <message>
        <source>%1 could not be added to the library.</source>
        <translation>Impossible d’ajouter %1 à la bibliothèque.</translation>
    </message>
    <message>
        <source>Resuming at %1, where you stopped.</source>
        <translation>Reprise à %1, là où la lecture s’était arrêtée.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Reprendre depuis le début</translation>
    </message>
</context>
<context>
    <name>cairn::app::AudienceWindow</name>
    <message>
        <source>Cairn — audience</source>
        <translation>Cairn — public</translation>
    </message>
    <message>
        <source>Audience screen</source>
        <translation>Écran du public</translation>
    </message>
</context>
<context>
    <name>cairn::app::HelpOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Space or K</source>
        <translation>Espace ou K</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Left / Right arrow</source>
        <translation>Flèche gauche / droite</translation>
    </message>
    <message>
        <source>Back or forward 5 seconds</source>
        <translation>Reculer ou avancer de 5 secondes</translation>
    </message>
    <message>
        <source>J / L</source>
        <translation>J / L</translation>
    </message>
    <message>
        <source>Back or forward 10 seconds</source>
        <translation>Reculer ou avancer de 10 secondes</translation>
    </message>
    <message>
        <source>[ / ]</source>
        <translation>[ / ]</translation>
    </message>
    <message>
        <source>Slower / faster</source>
        <translation>Plus lent / plus rapide</translation>
    </message>
    <message>
        <source>Up / Down arrow</source>
        <translation>Flèche haut / bas</translation>
    </message>
    <message>
        <source>Volume up / down</source>
        <translation>Monter / baisser le volume</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Next subtitle language, then off</source>
        <translation>Langue de sous-titres suivante, puis sans sous-titres</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Leave fullscreen, close this help</source>
        <translation>Quitter le plein écran, fermer cette aide</translation>
    </message>
    <message>
        <source>N / P</source>
        <translation>N / P</translation>
    </message>
    <message>
        <source>Next / previous tutorial</source>
        <translation>Tutoriel suivant / précédent</translation>
    </message>
    <message>
        <source>? or F1</source>
        <translation>? ou F1</translation>
    </message>
    <message>
        <source>Show or hide this help</source>
        <translation>Afficher ou masquer cette aide</translation>
    </message>
</context>
<context>
    <name>cairn::app::LibraryPage</name>
    <message>
        <source>Not yet watched</source>
        <translation>Pas encore regardés</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search titles and everything said in the tutorials</source>
        <translation>Rechercher dans les titres et dans tout ce qui est dit dans les tutoriels</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Subtitle language</source>
        <translation>Langue des sous-titres</translation>
    </message>
    <message>
        <source>Tutorials</source>
        <translation>Tutoriels</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Looking for tutorials…</source>
        <translation>Recherche de tutoriels…</translation>
    </message>
    <message>
        <source>Looking for tutorials… %1 of %2</source>
        <translation>Recherche de tutoriels… %1 sur %2</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Toutes les séries</translation>
    </message>
    <message>
        <source>Any subtitle language</source>
        <translation>Toutes les langues de sous-titres</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places found</source>
        <translation>
            <numerusform>%Ln passage trouvé</numerusform>
            <numerusform>%Ln passages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No tutorials yet. Use Library ▸ Add a folder of tutorials… to choose where your videos are.</source>
        <translation>Aucun tutoriel pour l’instant. Utilisez Bibliothèque ▸ Ajouter un dossier de tutoriels… pour indiquer où se trouvent vos vidéos.</translation>
    </message>
    <message>
        <source>No tutorial matches these filters.</source>
        <translation>Aucun tutoriel ne correspond à ces filtres.</translation>
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
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Add a folder of tutorials…</source>
        <translation>&amp;Ajouter un dossier de tutoriels…</translation>
    </message>
    <message>
        <source>&amp;Remove a folder…</source>
        <translation>&amp;Retirer un dossier…</translation>
    </message>
    <message>
        <source>Look for &amp;new and changed files</source>
        <translation>Rechercher les fichiers &amp;nouveaux ou modifiés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>&amp;Lecteur</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcription</translation>
    </message>
    <message>
        <source>&amp;Fullscreen (F)</source>
        <translation>&amp;Plein écran (F)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Reprendre depuis le début</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Reculer de 10 secondes (J)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Reculer de 5 secondes (flèche gauche)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Avancer de 5 secondes (flèche droite)</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Avancer de 10 secondes (L)</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Tutoriel suivant (N)</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Tutoriel précédent (P)</translation>
    </message>
    <message>
        <source>Play the next tutorial automatically</source>
        <translation>Lire automatiquement le tutoriel suivant</translation>
    </message>
    <message>
        <source>&amp;Subtitles</source>
        <translation>&amp;Sous-titres</translation>
    </message>
    <message>
        <source>&amp;Larger</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Show 0.1 s later</source>
        <translation>Afficher 0,1 s plus tard</translation>
    </message>
    <message>
        <source>Show 0.1 s earlier</source>
        <translation>Afficher 0,1 s plus tôt</translation>
    </message>
    <message>
        <source>Swap top and bottom languages</source>
        <translation>Inverser les langues du haut et du bas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts (?)</source>
        <translation>&amp;Raccourcis clavier (?)</translation>
    </message>
    <message>
        <source>&amp;About Cairn</source>
        <translation>À &amp;propos de Cairn</translation>
    </message>
    <message>
        <source>About Cairn</source>
        <translation>À propos de Cairn</translation>
    </message>
    <message>
        <source>Cairn %1
Plays tutorials offline, with subtitles in the six UN languages.</source>
        <translation>Cairn %1
Lit des tutoriels hors ligne, avec des sous-titres dans les six langues de l’ONU.</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Workshop sessions…</source>
        <translation>&amp;Séances d’atelier…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>cairn::app::MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>cairn::app::PlayerPage</name>
    <message>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 sur %4)</translation>
    </message>
</context>
<context>
    <name>cairn::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language of menus and messages:</source>
        <translation>&amp;Langue des menus et des messages&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Subtitle languages</source>
        <translation>Langues des sous-titres</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Main subtitles</source>
        <translation>Sous-titres principaux</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Deuxième langue</translation>
    </message>
    <message>
        <source>Text size (% of the picture height):</source>
        <translation>Taille du texte (en % de la hauteur de l’image)&#xa0;:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position&#xa0;:</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>En bas</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>En haut</translation>
    </message>
    <message>
        <source>Dark box behind the text (else an outline)</source>
        <translation>Fond sombre derrière le texte (sinon, un contour)</translation>
    </message>
    <message>
        <source>Play the next tutorial of a series automatically</source>
        <translation>Lire automatiquement le tutoriel suivant d’une série</translation>
    </message>
    <message>
        <source>&amp;Show subtitles in the first ticked language that a tutorial has. Move a language up to prefer it.</source>
        <translation>Afficher les &amp;sous-titres dans la première langue cochée disponible pour le tutoriel. Montez une langue pour la privilégier.</translation>
    </message>
</context>
<context>
    <name>cairn::app::PresenterWindow</name>
    <message>
        <source>Cairn — presenting “%1”</source>
        <translation>Cairn — présentation de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>The room sees</source>
        <translation>Ce que voit la salle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>End the discussion: hide the card and play on (Space)</source>
        <translation>Terminer la discussion&#xa0;: masquer la carte et reprendre la lecture (Espace)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Black audience screen (B)</source>
        <translation>Écran du public en noir (B)</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Figer</translation>
    </message>
    <message>
        <source>Keep the audience picture still (F)</source>
        <translation>Figer l’image vue par le public (F)</translation>
    </message>
    <message>
        <source>Audience screen:</source>
        <translation>Écran du public&#xa0;:</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Subtitles on the audience screen</source>
        <translation>Sous-titres sur l’écran du public</translation>
    </message>
    <message>
        <source>First language</source>
        <translation>Première langue</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Deuxième langue</translation>
    </message>
    <message>
        <source> % of the height</source>
        <translation>&#xa0;% de la hauteur</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>En haut</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>En bas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Paused for discussion. Space or Continue plays on.</source>
        <translation>En pause pour la discussion. Espace ou «&#xa0;Reprendre&#xa0;» relance la lecture.</translation>
    </message>
    <message>
        <source>End of this item. Page Down or Space for the next one.</source>
        <translation>Fin de cet élément. Pg Suiv ou Espace pour passer au suivant.</translation>
    </message>
    <message>
        <source>End of the session.</source>
        <translation>Fin de la séance.</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Arrêter la présentation</translation>
    </message>
    <message>
        <source>This is the last item.</source>
        <translation>C’est le dernier élément.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Screen %1</source>
        <translation>Écran %1</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>New screen %1: the audience view moved there.</source>
        <translation>Nouvel écran %1&#xa0;: la vue du public y a été déplacée.</translation>
    </message>
    <message>
        <source>The audience screen was unplugged: the room&apos;s view is now on this screen (Esc hides it).</source>
        <translation>L’écran du public a été débranché&#xa0;: la vue de la salle s’affiche maintenant sur cet écran (Échap pour la masquer).</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: end of the session</source>
        <translation>Suivant&#xa0;: fin de la séance</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Points de pause</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %Ln item(s). Press Present (F5).</source>
        <translation>
            <numerusform>Prêt&#xa0;: %Ln élément. Appuyez sur «&#xa0;Présenter&#xa0;» (F5).</numerusform>
            <numerusform>Prêt&#xa0;: %Ln éléments. Appuyez sur «&#xa0;Présenter&#xa0;» (F5).</numerusform>
        </translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Elapsed %1 · Remaining %2
Session remaining %3</source>
        <translation>Écoulé&#xa0;: %1 · Restant&#xa0;: %2
Reste de la séance&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>cairn::app::SeekSlider</name>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
</context>
<context>
    <name>cairn::app::SessionEditorDialog</name>
    <message>
        <source>Workshop sessions</source>
        <translation>Séances d’atelier</translation>
    </message>
    <message>
        <source>The session plans cannot be opened: %1</source>
        <translation>Impossible d’ouvrir les plans de séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Nom de la séance</translation>
    </message>
    <message>
        <source>Drag to change the order</source>
        <translation>Faites glisser pour modifier l’ordre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Notes for the whole session</source>
        <translation>Notes pour l’ensemble de la séance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Commencer à</translation>
    </message>
    <message>
        <source>Stop at</source>
        <translation>Arrêter à</translation>
    </message>
    <message>
        <source>First subtitle language</source>
        <translation>Première langue de sous-titres</translation>
    </message>
    <message>
        <source>Second subtitle language</source>
        <translation>Deuxième langue de sous-titres</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Discussion prompt</source>
        <translation>Question pour la discussion</translation>
    </message>
    <message>
        <source>Pause points</source>
        <translation>Points de pause</translation>
    </message>
    <message>
        <source>Add pause point</source>
        <translation>Ajouter un point de pause</translation>
    </message>
    <message>
        <source>Remove pause point</source>
        <translation>Retirer le point de pause</translation>
    </message>
    <message>
        <source>Only you see these notes</source>
        <translation>Ces notes ne sont visibles que par vous</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Notes du formateur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimer le polycopié…</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln item(s))</source>
        <translation>
            <numerusform>%1 (%Ln élément)</numerusform>
            <numerusform>%1 (%Ln éléments)</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
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
            <numerusform>%1  · %Ln pause</numerusform>
            <numerusform>%1  · %Ln pauses</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in this library</source>
        <translation>Introuvable dans cette bibliothèque</translation>
    </message>
    <message>
        <source>As the player prefers</source>
        <translation>Selon les préférences du lecteur</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>Impossible d’enregistrer le plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1. Copy it with the videos; Cairn finds them on the other computer.</source>
        <translation>Exporté vers %1. Copiez ce fichier avec les vidéos&#xa0;; Cairn les retrouvera sur l’autre ordinateur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 of %3 videos found in this library.</source>
        <translation>Séance «&#xa0;%1&#xa0;» importée&#xa0;: %2 vidéos sur %3 trouvées dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>%1 Not found: %2. Add the folder that holds them to the library, then import again.</source>
        <translation>%1 Introuvables&#xa0;: %2. Ajoutez à la bibliothèque le dossier qui les contient, puis importez de nouveau.</translation>
    </message>
    <message>
        <source>Handout written to %1.</source>
        <translation>Polycopié enregistré dans %1.</translation>
    </message>
    <message>
        <source>Import a session</source>
        <translation>Importer une séance</translation>
    </message>
    <message>
        <source>Cairn sessions (*.%1)</source>
        <translation>Séances Cairn (*.%1)</translation>
    </message>
    <message>
        <source>Export the session</source>
        <translation>Exporter la séance</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer le polycopié</translation>
    </message>
    <message>
        <source>Transcript language</source>
        <translation>Langue de la transcription</translation>
    </message>
    <message>
        <source>Second language (side by side)</source>
        <translation>Deuxième langue (côte à côte)</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Inclure mes notes</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Enregistrer le polycopié</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Supprimer le plan</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?</source>
        <translation>Supprimer le plan «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>cairn::app::SubtitleTracks</name>
    <message>
        <source>Some subtitles could not be read (%1).</source>
        <translation>Certains sous-titres n’ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>Unknown language</source>
        <translation>Langue inconnue</translation>
    </message>
    <message>
        <source>for the hard of hearing</source>
        <translation>pour sourds et malentendants</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forcés</translation>
    </message>
    <message>
        <source>in the video</source>
        <translation>intégrés</translation>
    </message>
</context>
<context>
    <name>cairn::app::TranscriptPanel</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Filter the transcript</source>
        <translation>Filtrer la transcription</translation>
    </message>
    <message>
        <source>Transcript lines</source>
        <translation>Lignes de la transcription</translation>
    </message>
    <message>
        <source>Choose subtitles to see the transcript.</source>
        <translation>Choisissez des sous-titres pour voir la transcription.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>cairn::app::TransportBar</name>
    <message>
        <source>Playback controls</source>
        <translation>Commandes de lecture</translation>
    </message>
    <message>
        <source>Previous tutorial</source>
        <translation>Tutoriel précédent</translation>
    </message>
    <message>
        <source>Previous tutorial (P)</source>
        <translation>Tutoriel précédent (P)</translation>
    </message>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <source>Back 10 seconds (J)</source>
        <translation>Reculer de 10 secondes (J)</translation>
    </message>
    <message>
        <source>−5 s</source>
        <translation>−5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Reculer de 5 secondes</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left arrow)</source>
        <translation>Reculer de 5 secondes (flèche gauche)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Play or pause (Space, K)</source>
        <translation>Lecture ou pause (Espace, K)</translation>
    </message>
    <message>
        <source>+5 s</source>
        <translation>+5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avancer de 5 secondes</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right arrow)</source>
        <translation>Avancer de 5 secondes (flèche droite)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <source>Forward 10 seconds (L)</source>
        <translation>Avancer de 10 secondes (L)</translation>
    </message>
    <message>
        <source>Next tutorial</source>
        <translation>Tutoriel suivant</translation>
    </message>
    <message>
        <source>Next tutorial (N)</source>
        <translation>Tutoriel suivant (N)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Vitesse de lecture ([ plus lent, ] plus rapide)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Couper le son (M)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Volume (Up and Down arrows)</source>
        <translation>Volume (flèches haut et bas)</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Choose subtitles (C cycles)</source>
        <translation>Choisir les sous-titres (C pour passer de l’un à l’autre)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Show transcript</source>
        <translation>Afficher la transcription</translation>
    </message>
    <message>
        <source>Show the transcript beside the video</source>
        <translation>Afficher la transcription à côté de la vidéo</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Fullscreen (F, Esc to leave)</source>
        <translation>Plein écran (F, Échap pour quitter)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Rétablir le son</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>Second language</source>
        <translation>Deuxième langue</translation>
    </message>
</context>
<context>
    <name>cairn::app::TutorialDelegate</name>
    <message>
        <source>File not found</source>
        <translation>Fichier introuvable</translation>
    </message>
    <message>
        <source>✓ Watched</source>
        <translation>✓ Vu</translation>
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
        <translation>Vidéo</translation>
    </message>
</context>
<context>
    <name>cairn::db</name>
    <message>
        <source>The library index was damaged. It was moved aside to %1 and will be rebuilt by the next scan; your progress is kept.</source>
        <translation>L’index de la bibliothèque était endommagé. Il a été mis de côté dans %1 et sera reconstruit lors de la prochaine analyse&#xa0;; votre progression est conservée.</translation>
    </message>
    <message>
        <source>Your progress database was damaged. It was moved aside to %1 (nothing was deleted) and a new one was started.</source>
        <translation>Votre base de données de progression était endommagée. Elle a été mise de côté dans %1 (rien n’a été supprimé) et une nouvelle base a été créée.</translation>
    </message>
    <message>
        <source>The library database %1 was made by a newer version of Cairn (schema %2, this version knows %3). Update Cairn; the file was left untouched.</source>
        <translation>La base de données de la bibliothèque %1 a été créée par une version plus récente de Cairn (schéma %2&#xa0;; cette version connaît le schéma %3). Mettez Cairn à jour&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>cairn::library</name>
    <message>
        <source>The library database %1 is locked by another program (is Cairn already running?).</source>
        <translation>La base de données de la bibliothèque %1 est verrouillée par un autre programme (Cairn est-il déjà ouvert&#xa0;?).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and start Cairn again.</source>
        <translation>Le disque contenant %1 est plein. Libérez de l’espace et relancez Cairn.</translation>
    </message>
    <message>
        <source>Cannot open the library database %1: the folder is not writable or does not exist.</source>
        <translation>Impossible d’ouvrir la base de données de la bibliothèque %1&#xa0;: le dossier n’existe pas ou n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The library database %1 cannot be used: %2</source>
        <translation>La base de données de la bibliothèque %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot read the manifest %1.</source>
        <translation>Impossible de lire le manifeste %1.</translation>
    </message>
    <message>
        <source>The manifest %1 is not valid JSON (%2).</source>
        <translation>Le manifeste %1 n’est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <source>%1 is not a Cairn manifest (missing &quot;format&quot;: &quot;cairn-manifest&quot;).</source>
        <translation>%1 n’est pas un manifeste Cairn (&quot;format&quot;: &quot;cairn-manifest&quot; manquant).</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: permission denied. It was skipped.</source>
        <translation>Impossible de lire le dossier %1&#xa0;: permission refusée. Il a été ignoré.</translation>
    </message>
    <message>
        <source>The folder %1 is not available (a drive unplugged?). Its tutorials are kept and marked missing until it is back.</source>
        <translation>Le dossier %1 n’est pas disponible (disque débranché&#xa0;?). Ses tutoriels sont conservés et marqués comme manquants jusqu’à son retour.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The disk is full: the scan stopped. What was indexed so far is kept; free some space and rescan.</source>
        <translation>Le disque est plein&#xa0;: l’analyse s’est arrêtée. Ce qui a déjà été indexé est conservé&#xa0;; libérez de l’espace et relancez l’analyse.</translation>
    </message>
    <message>
        <source>The library database is busy (another Cairn is writing to it). Try again.</source>
        <translation>La base de données de la bibliothèque est occupée (une autre instance de Cairn y écrit). Réessayez.</translation>
    </message>
    <message>
        <source>The library database failed: %1</source>
        <translation>Erreur de la base de données de la bibliothèque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln name(s) in %1 are not valid UTF-8 (an archive from an older system?) and were skipped. Rename them to add them.</source>
        <translation>
            <numerusform>%Ln nom dans %1 n’est pas en UTF-8 valide (une archive d’un ancien système ?) et a été ignoré. Renommez-le pour l’ajouter.</numerusform>
            <numerusform>%Ln noms dans %1 ne sont pas en UTF-8 valide (une archive d’un ancien système ?) et ont été ignorés. Renommez-les pour les ajouter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::media</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that you have permission to open it.</source>
        <translation>Impossible de lire le fichier. Vérifiez que vous avez l’autorisation de l’ouvrir.</translation>
    </message>
    <message>
        <source>This is not a video or audio file.</source>
        <translation>Ce n’est pas un fichier vidéo ou audio.</translation>
    </message>
    <message>
        <source>The file contains no video or audio.</source>
        <translation>Le fichier ne contient ni vidéo ni audio.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged. It may not have finished downloading or copying.</source>
        <translation>Le fichier est incomplet ou endommagé. Son téléchargement ou sa copie n’est peut-être pas terminé.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes). It may not have finished downloading or copying.</source>
        <translation>Le fichier est vide (0 octet). Son téléchargement ou sa copie n’est peut-être pas terminé.</translation>
    </message>
    <message>
        <source>This subtitle format cannot be read.</source>
        <translation>Ce format de sous-titres ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file is damaged or could not be read to the end; some subtitles may be missing.</source>
        <translation>Le fichier est endommagé ou n’a pas pu être lu jusqu’au bout&#xa0;; certains sous-titres peuvent manquer.</translation>
    </message>
</context>
<context>
    <name>cairn::playback::PlaybackController</name>
    <message>
        <source>No sound device was found: the video plays without sound.</source>
        <translation>Aucun périphérique audio trouvé&#xa0;: la vidéo est lue sans le son.</translation>
    </message>
    <message>
        <source>Playback of “%1” keeps stopping. Try again in a moment, or restart Cairn.</source>
        <translation>La lecture de «&#xa0;%1&#xa0;» s’interrompt sans cesse. Réessayez dans un instant ou redémarrez Cairn.</translation>
    </message>
    <message>
        <source>The video “%1” cannot be found. If it is on a USB stick or another drive, plug it in; if it was moved, locate it again.</source>
        <translation>La vidéo «&#xa0;%1&#xa0;» est introuvable. Si elle se trouve sur une clé USB ou un autre disque, branchez ce support&#xa0;; si elle a été déplacée, indiquez son nouvel emplacement.</translation>
    </message>
    <message>
        <source>“%1” needs a video or audio decoder that is not installed. On Debian or Ubuntu, install the package gstreamer1.0-libav, then open the video again.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un décodeur vidéo ou audio qui n’est pas installé. Sous Debian ou Ubuntu, installez le paquet gstreamer1.0-libav, puis rouvrez la vidéo.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: the file is damaged, incomplete, or not a video.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: le fichier est endommagé, incomplet ou n’est pas une vidéo.</translation>
    </message>
    <message>
        <source>“%1” stopped playing because of an error.</source>
        <translation>La lecture de «&#xa0;%1&#xa0;» s’est arrêtée à cause d’une erreur.</translation>
    </message>
    <message>
        <source>“%1” cannot show its picture: its video is %2, and the decoder for it is not installed. On Debian or Ubuntu, install the package %3, then open the video again.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas afficher son image&#xa0;: sa vidéo est en %2 et le décodeur correspondant n’est pas installé. Sous Debian ou Ubuntu, installez le paquet %3, puis rouvrez la vidéo.</translation>
    </message>
</context>
<context>
    <name>cairn::subtitles</name>
    <message>
        <source>The file does not contain readable text (binary data or an unknown encoding).</source>
        <translation>Le fichier ne contient pas de texte lisible (données binaires ou encodage inconnu).</translation>
    </message>
    <message>
        <source>The file contains binary data (NUL bytes), not subtitle text.</source>
        <translation>Le fichier contient des données binaires (octets NUL), et non du texte de sous-titres.</translation>
    </message>
    <message>
        <source>The text encoding of the file could not be recognised.</source>
        <translation>L’encodage du texte du fichier n’a pas pu être reconnu.</translation>
    </message>
    <message>
        <source>The text encoding %1 is not supported on this system.</source>
        <translation>L’encodage %1 n’est pas pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>line %1: malformed timing line, cue skipped</source>
        <translation>ligne %1&#xa0;: ligne de minutage mal formée, sous-titre ignoré</translation>
    </message>
    <message>
        <source>line %1: cue ends before it starts, skipped</source>
        <translation>ligne %1&#xa0;: sous-titre se terminant avant son début, ignoré</translation>
    </message>
    <message>
        <source>line %1: unexpected text outside a cue skipped</source>
        <translation>ligne %1&#xa0;: texte inattendu hors d’un sous-titre, ignoré</translation>
    </message>
    <message>
        <source>No subtitle timing line (&quot;--&gt;&quot;) found.</source>
        <translation>Aucune ligne de minutage de sous-titres (&quot;--&gt;&quot;) trouvée.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a subtitle file (over 64 MiB).</source>
        <translation>%1 est trop volumineux pour un fichier de sous-titres (plus de 64 Mio).</translation>
    </message>
    <message>
        <source>Not a WebVTT file: the first line must start with &quot;WEBVTT&quot;.</source>
        <translation>Ce n’est pas un fichier WebVTT&#xa0;: la première ligne doit commencer par &quot;WEBVTT&quot;.</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing, cue skipped</source>
        <translation>ligne %1&#xa0;: minutage de sous-titre mal formé, sous-titre ignoré</translation>
    </message>
    <message>
        <source>line %1: text outside of a cue ignored</source>
        <translation>ligne %1&#xa0;: texte hors d’un sous-titre ignoré</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no dialogue line that can be shown.</source>
        <translation>Ce fichier ASS/SSA ne contient aucune ligne de dialogue affichable.</translation>
    </message>
    <message>
        <source>This ASS/SSA file has no [Events] section.</source>
        <translation>Ce fichier ASS/SSA n’a pas de section [Events].</translation>
    </message>
</context>
<context>
    <name>cairn::workshop</name>
    <message>
        <source>Tutorial</source>
        <translation>Tutoriel</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – end</source>
        <translation>%1 – fin</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>No transcript in the chosen languages.</source>
        <translation>Pas de transcription dans les langues choisies.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a Cairn session file (%1).</source>
        <translation>Ce n’est pas un fichier de séance Cairn (%1).</translation>
    </message>
    <message>
        <source>This is not a Cairn session file.</source>
        <translation>Ce n’est pas un fichier de séance Cairn.</translation>
    </message>
    <message>
        <source>This session was made by a newer version of Cairn (format %1). Update Cairn to open it.</source>
        <translation>Cette séance a été créée par une version plus récente de Cairn (format %1). Mettez Cairn à jour pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>cairn::workshop::Handout</name>
    <message numerus="yes">
        <source>%Ln tutorial(s), %1 in total</source>
        <translation>
            <numerusform>%Ln tutoriel, %1 au total</numerusform>
            <numerusform>%Ln tutoriels, %1 au total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::workshop::SessionRunner</name>
    <message>
        <source>“%1” is not in this library (or its drive is unplugged).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans cette bibliothèque (ou son disque est débranché).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Plays tutorials offline, with subtitles.</source>
        <translation>Lit des tutoriels hors ligne, avec sous-titres.</translation>
    </message>
    <message>
        <source>Play FILE at once.</source>
        <translation>Lire FILE immédiatement.</translation>
    </message>
    <message>
        <source>Do not open a sound device.</source>
        <translation>Ne pas ouvrir de périphérique audio.</translation>
    </message>
    <message>
        <source>Open FILE repeatedly and print timings.</source>
        <translation>Ouvrir FILE à plusieurs reprises et afficher les temps mesurés.</translation>
    </message>
    <message>
        <source>Benchmark runs.</source>
        <translation>Nombre d’exécutions du banc d’essai.</translation>
    </message>
    <message>
        <source>Benchmark: keep playing this long.</source>
        <translation>Banc d’essai&#xa0;: durée de lecture (en ms).</translation>
    </message>
    <message>
        <source>Show subtitles in LANG (ar, zh-Hans, en…).</source>
        <translation>Afficher les sous-titres en LANG (ar, zh-Hans, en…).</translation>
    </message>
    <message>
        <source>Also show subtitles in LANG, at the top.</source>
        <translation>Afficher aussi des sous-titres en LANG, en haut.</translation>
    </message>
    <message>
        <source>A video to play.</source>
        <translation>Une vidéo à lire.</translation>
    </message>
</context>
</TS>
