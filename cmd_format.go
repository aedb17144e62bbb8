package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"tamis/i18n"
)

// formatCmd is `tamis format`, also read as `tamis help format`: the text
// format of templates, with one full example (formatExample, which the
// README shows too and a test parses and lints).
func formatCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "format",
		Short: i18n.T("explique le format texte des modèles, avec un exemple complet", "explain the text format of templates, with a full example"),
		Example: i18n.T(`  tamis format
  tamis format > format-des-modeles.txt
  tamis help format`, `  tamis format
  tamis format > template-format.txt
  tamis help format`),
		Long: formatDoc(),
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprint(a.io.out, formatDoc())
			return nil
		},
	}
}

// formatExample is a complete template: heading, tags, status, both
// blocks, and a VARIABLES block using every part of a variable line and
// every type.
const formatExample = `[PROMPT-020] Annonce d'un atelier ouvert à tous
Tags : communication, ateliers
Statut : brouillon

CONTEXTE :
« [Nom asso] est une association loi 1901 qui agit sur [territoire].
Notre mission : [mission]. »

PROMPT :
« Rédige une annonce de [X mots] pour notre atelier « [thème] » du [date], à [horaire], à [lieu].
Il dure [durée] et compte [places] places. Inscriptions : [inscription], détails sur [page].
Ton : [ton]. N'utilise aucun nom de personne et n'invente aucun chiffre. »

VARIABLES :
- [Nom asso] : nom de l'association tel qu'il figure dans les statuts ; type : texte court
- [territoire] : quartier, commune ou département où agit l'association ; type : texte court
- [mission] : la mission telle qu'elle est déjà publiée ; type : texte libre ; plusieurs lignes
- [X mots] : longueur de l'annonce ; type : choix ; défaut : 100 mots ; choix : 50 mots | 100 mots | 200 mots
- [thème] : thème de l'atelier, par exemple « réparation de vélos »
- [date] : jour de l'atelier, par exemple « samedi 14 juin » ; type : date
- [horaire] : heure de début, ou début et fin, par exemple « de 14h à 17h » ; type : heure
- [durée] : durée de l'atelier, par exemple « 3 heures » ; type : durée
- [places] : nombre de places ouvertes ; type : nombre ; défaut : 12
- [lieu] : salle ou locaux de l'association, jamais un domicile ; type : lieu public
- [inscription] : adresse d'inscription de l'association ; type : e-mail de l'association
- [page] : page de l'atelier sur le site de l'association ; type : lien
- [ton] : ton de l'annonce \; au choix ; choix : chaleureux | festif | sobre
`

// formatDoc is the documentation of the text format.
func formatDoc() string {
	return i18n.T(`LE FORMAT TEXTE DES MODÈLES

Un fichier .md ou .txt (UTF-8) contient un ou plusieurs modèles, tels
qu'on les garde dans un document partagé. tamis import les lit, tamis
export les écrit, tamis lint les vérifie.

En-tête      « [PROMPT-001] Titre » commence chaque modèle : PROMPT- et au
             moins trois chiffres, unique dans la bibliothèque. Le texte
             avant le premier en-tête est ignoré ; « --- » peut séparer
             deux modèles.
Tags         facultatif, juste après l'en-tête : « Tags : a, b ».
Statut       facultatif : brouillon (seul le ou la référent·e le voit),
             validé (les bénévoles le voient ; c'est la valeur par défaut)
             ou archivé. Un modèle qui a une erreur de vérification (tamis
             lint) est importé en brouillon.
CONTEXTE     facultatif, puis PROMPT, obligatoire : l'étiquette suivie de
             « : », puis le texte, sur une ou plusieurs lignes, entre « »
             ou non ; il peut commencer sur la ligne de l'étiquette.
             Majuscules, accents, gras ou titre Markdown au choix ; CONTEXT
             et TAGS, en anglais, sont lus aussi.
Variables    [nom] dans CONTEXTE ou PROMPT, sur une seule ligne ; un même
             nom n'est rempli qu'une fois, et une variable qui porte le nom
             d'une valeur du profil (Nom asso, mission…) en est pré-remplie.
             Ne sont pas des variables : un lien [texte](url), une case [ ]
             ou [x], un crochet précédé d'une barre oblique \[.
VARIABLES    après PROMPT, une ligne par variable :
               - [nom] : aide ; type : date ; défaut : valeur ; choix : a | b ; plusieurs lignes
             Les parties, séparées par « ; », viennent dans l'ordre voulu ;
             ce qui n'est ni « type : », ni « défaut : », ni « choix : », ni
             « plusieurs lignes » est le texte d'aide. Dans une valeur, \;
             et \| écrivent un point-virgule et une barre. Chaque variable
             utilisée doit être décrite (sinon : erreur, et brouillon à
             l'import) ; une variable décrite doit être utilisée.

Types (« type : … ») : une valeur qui ne correspond pas à son type est
refusée avant toute vérification, dans le formulaire comme par tamis fill
(code 2). Sans type, une variable est du texte libre. Dans tous les cas, une
valeur acceptée passe ensuite par la vérification complète.
  texte court              une ligne, 200 caractères au plus
  texte libre              tout texte ; le seul type qui admet « plusieurs lignes »
  date                     12/03/2026, 2026-03-12, samedi 14 juin, mars 2026, du 12 au 14 mars
  heure                    14h, 14h30, 14:30, de 14h à 16h, midi
  nombre                   150, 1 500, 12,5, 30 %, 30 personnes
  durée                    2 heures, 1h30, 90 min, trois jours, une demi-journée
  choix                    une des valeurs de « choix : », qui est alors obligatoire
  lieu public              une salle, les locaux, l'adresse d'un lieu ouvert au public ;
                           ni civilité, ni « chez elle », ni domicile, ni téléphone, ni e-mail
  lien (URL)               https://… ou www.… ; sans identifiant ni mot de passe
  e-mail de l'association  le contact générique du profil, ou une adresse sur le domaine
                           du site web ou du contact du profil (jamais gmail.com et consorts)
Les noms anglais sont lus aussi (short text, free text, time, number,
duration, choice, public place, url, association email).

Ce que tamis export écrit (et relit à l'identique) : l'en-tête, Tags s'il y
en a, Statut toujours, CONTEXTE s'il n'est pas vide, les blocs entre « »,
et VARIABLES pour les variables qui ont une aide, un type, un défaut, des
choix ou plusieurs lignes.

Exemple complet :

`+formatExample, `THE TEXT FORMAT OF TEMPLATES

A .md or .txt file (UTF-8) holds one or more templates, as associations
keep them in a shared document. tamis import reads them, tamis export
writes them, tamis lint checks them. The labels are French; English ones
are read too.

Heading      "[PROMPT-001] Title" starts each template: PROMPT- and at least
             three digits, unique in the library. Text before the first
             heading is ignored; "---" may separate two templates.
Tags         optional, right after the heading: "Tags : a, b".
Statut       optional: brouillon (draft, only the référent sees it), validé
             (validated, volunteers see it; the default) or archivé. A
             template with a check error (tamis lint) is imported as a draft.
CONTEXTE     optional, then PROMPT, required: the label and ":", then the
             text, on one or more lines, between « » or not; it may start
             on the label's line. Any case, accents, bold or Markdown
             heading; CONTEXT and TAGS are read too.
Variables    [name] in CONTEXTE or PROMPT, on one line; one name is filled
             once, and a variable named like a profile value (Nom asso,
             mission…) is pre-filled with it. Not variables: a link
             [text](url), a box [ ] or [x], a bracket after a backslash \[.
VARIABLES    after PROMPT, one line per variable:
               - [name] : help ; type : date ; défaut : value ; choix : a | b ; plusieurs lignes
             Parts, separated by ";", come in any order; what is neither
             "type :", "défaut :", "choix :" nor "plusieurs lignes" is the
             help text. In a value, \; and \| write a semicolon and a bar.
             Every variable used must be described (else an error, and a
             draft on import); a described variable must be used.

Types ("type : …"): a value that does not fit its type is refused before
any check, in the form and by tamis fill (exit 2). Without a type, a
variable is free text. Either way, an accepted value then goes through the
full check.
  texte court              one line, 200 characters at most
  texte libre              any text; the only type that allows "plusieurs lignes"
  date                     12/03/2026, 2026-03-12, samedi 14 juin, mars 2026, du 12 au 14 mars
  heure                    14h, 14h30, 14:30, de 14h à 16h, midi
  nombre                   150, 1 500, 12,5, 30 %, 30 personnes
  durée                    2 heures, 1h30, 90 min, trois jours, une demi-journée
  choix                    one of the "choix :" values, which are then required
  lieu public              a hall, the premises, the address of a place open to the public;
                           no civility, no "chez elle", no home, no phone, no e-mail
  lien (URL)               https://… or www.…; no login and no password
  e-mail de l'association  the profile's generic contact, or an address on the domain
                           of the profile's website or contact (never gmail.com and the like)
English names are read too (short text, free text, time, number,
duration, choice, public place, url, association email).

What tamis export writes (and reads back identically): the heading, Tags
when there are some, Statut always, CONTEXTE when not empty, blocks between
« », and VARIABLES for the variables that have a help, a type, a default,
choices or several lines.

Full example:

`+formatExample)
}
