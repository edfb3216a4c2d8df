/**
 * Place names that "in X" may refer to in a job post. A list, not a pattern: "in Python", "in Q3"
 * and "in Figma" are capitalized too, and only a list tells them from "in Austin". Cities where
 * tech hiring happens (including every city of the demo world), countries and regions, US states.
 * Names that are also common words (Nice, Reading, Mobile) are left out on purpose.
 */

const CITIES = `
New York|NYC|Brooklyn|Manhattan|San Francisco|SF|Bay Area|San Jose|Oakland|Palo Alto|Mountain View
Berkeley|Los Angeles|LA|San Diego|Irvine|Santa Monica|Seattle|Bellevue|Redmond|Portland|Austin
Dallas|Houston|San Antonio|Denver|Boulder|Chicago|Boston|Cambridge|Somerville|Atlanta|Miami|Orlando
Tampa|Raleigh|Durham|Charlotte|Nashville|Minneapolis|Saint Paul|St Paul|Detroit|Ann Arbor|Pittsburgh
Philadelphia|Washington|DC|Washington DC|Baltimore|Arlington|Richmond|Phoenix|Tucson|Salt Lake City
Provo|Las Vegas|Columbus|Cincinnati|Cleveland|Indianapolis|St Louis|Saint Louis|Kansas City|Madison
Milwaukee|Omaha|Sacramento|Newark|Jersey City|Hoboken|New Orleans|Albuquerque|Honolulu|Providence
Hartford|Buffalo|Toronto|Vancouver|Montreal|Montréal|Ottawa|Calgary|Edmonton|Waterloo|Quebec City
London|Manchester|Edinburgh|Glasgow|Bristol|Oxford|Belfast|Leeds|Birmingham|Dublin|Cork|Berlin
Munich|München|Hamburg|Frankfurt|Cologne|Köln|Stuttgart|Düsseldorf|Amsterdam|Rotterdam|Utrecht
Eindhoven|The Hague|Brussels|Antwerp|Paris|Lyon|Marseille|Toulouse|Nantes|Bordeaux|Lille|Madrid
Barcelona|Valencia|Seville|Sevilla|Bilbao|Malaga|Málaga|Lisbon|Lisboa|Porto|Rome|Milan|Milano|Turin
Zurich|Zürich|Geneva|Basel|Vienna|Wien|Prague|Warsaw|Krakow|Kraków|Wroclaw|Budapest|Bucharest|Sofia
Athens|Stockholm|Gothenburg|Copenhagen|Oslo|Helsinki|Tallinn|Riga|Vilnius|Kyiv|Istanbul|Luxembourg
Tel Aviv|Jerusalem|Haifa|Dubai|Abu Dhabi|Riyadh|Doha|Cairo|Lagos|Abuja|Accra|Nairobi|Kigali
Cape Town|Johannesburg|Casablanca|Bangalore|Bengaluru|Mumbai|Delhi|New Delhi|Hyderabad|Pune|Chennai
Gurgaon|Gurugram|Noida|Kolkata|Singapore|Hong Kong|Tokyo|Osaka|Seoul|Beijing|Shanghai|Shenzhen
Taipei|Manila|Jakarta|Bangkok|Kuala Lumpur|Ho Chi Minh City|Hanoi|Sydney|Melbourne|Brisbane|Perth
Auckland|Wellington|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Mexico City|Ciudad de México
Guadalajara|Monterrey|Bogotá|Bogota|Medellín|Medellin|Buenos Aires|Santiago|Lima|Montevideo|Quito
`;

const REGIONS = `
US|USA|U.S.|U.S.A.|United States|America|UK|U.K.|United Kingdom|Britain|England|Scotland|Wales
Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Uruguay|Germany|France|Spain|Portugal|Italy
Netherlands|Belgium|Switzerland|Austria|Ireland|Poland|Sweden|Norway|Denmark|Finland|Estonia|Latvia
Lithuania|Czechia|Czech Republic|Hungary|Romania|Bulgaria|Greece|Ukraine|Turkey|Israel|UAE|Egypt
Saudi Arabia|Qatar|India|Pakistan|Bangladesh|Nigeria|Kenya|Ghana|Rwanda|South Africa|Morocco|Japan
China|Taiwan|Korea|South Korea|Philippines|Indonesia|Vietnam|Thailand|Malaysia|Australia
New Zealand|Europe|EU|EMEA|APAC|LATAM|LatAm|North America|Latin America|South America|Asia
Southeast Asia|Middle East|Africa|Scandinavia|the Nordics|Nordics|DACH|Benelux
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii
Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan
Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico
North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming
Ontario|Quebec|British Columbia|Alberta|Bavaria
`;

/** Accents, dots, case and spacing do not matter: "Sao Paulo" is "São Paulo", "U.S." is "US". */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const PLACES: ReadonlySet<string> = new Set(
  `${CITIES}|${REGIONS}`
    .split(/[|\n]/)
    .map((p) => placeKey(p))
    .filter(Boolean),
);
