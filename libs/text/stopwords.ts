/**
 * Function words that carry no theme: without them every company's "distinctive" terms would be
 * whatever articles and pronouns its writers happen to prefer. English first, with the contractions
 * posts actually use, then the commonest function words of the other languages seen on X for job
 * seekers (Spanish, German, French, Portuguese). Lowercase, with straight apostrophes, as tokenize
 * produces them.
 */

const ENGLISH = `
a about above after again against all also am an and any are aren't as at be because been before
being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
don't down during each either else even ever every few for from further get gets got had hadn't
has hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how
how's however i i'd i'll i'm i've if in into is isn't it it's its itself just let let's lets may
me might more most much must mustn't my myself neither no nor not now of off on once one only or
other others otherwise ought our ours ourselves out over own per same shall shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then there
there's these they they'd they'll they're they've this those though through thus to too under
until up upon us very via was wasn't we we'd we'll we're we've were weren't what what's when
when's where where's whether which while who who's whom whose why why's will with within without
won't would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
amp rt etc ok okay yes yeah really still already also just quite rather
`;

const SPANISH = `
a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el
él ella ellas ellos en entre era es esa esas ese eso esos esta está estaba estamos están estar
estas este esto estos estoy fue fueron ha han hasta hay la las le les lo los más me mi mí mis
mucho muchos muy nada ni no nos nosotras nosotros o os otra otras otro otros para pero poco por
porque que qué quien quienes se sea ser si sí sin sobre soy su sus también tanto te ti tu tú tus
un una uno unos y ya yo
`;

const GERMAN = `
aber als am an auch auf aus bei bin bis bist da dann das dass dem den der des die dies diese
dieser dieses doch du durch ein eine einem einen einer eines er es euch euer eure für gegen gerne
habe haben hat hatte hier ich ihm ihn ihr ihre im in ist ja jede jeder jedes kann kein keine
können man mein meine mich mir mit nach nein nicht noch nur ob oder ohne schon sehr sein seine
sich sie sind so soll über um und uns unser unsere unter vom von vor war waren was weil wenn
werden wie wieder wir wird wo zu zum zur zwischen
`;

const FRENCH = `
à afin ai au aux avec avoir ça car ce ceci cela ces cet cette chez comme dans de des donc du elle
elles en est et été être eu il ils je la le les leur leurs lui ma mais me même mes moi mon ne ni
nos notre nous on ont ou où par pas pour qu que quel quelle qui sa sans se ses si son sont sous
suis sur ta te tes toi ton tous tout toute toutes très tu un une vos votre vous y
`;

const PORTUGUESE = `
à ao aos as às até com como da das de dela dele deles depois do dos e é ela elas ele eles em
entre era essa essas esse esses esta está estamos estão estas este estes estou eu foi foram há
isso isto já lhe lhes mais mas me meu meus minha minhas muito na não nas nem no nos nós nossa
nossas nosso nossos num numa o os ou para pela pelas pelo pelos por qual quando que quem se seja
sem ser seu seus só sou sua suas também te tem têm temos tu tua tuas um uma você vocês
`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  [ENGLISH, SPANISH, GERMAN, FRENCH, PORTUGUESE]
    .flatMap((list) => list.split(/\s+/))
    .filter(Boolean),
);
