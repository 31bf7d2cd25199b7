import type { Messages } from "./fr";

export const en: Messages = {
  "site.name": "Technopolice",
  "site.tagline": "Against the police surveillance of our cities",
  "nav.home": "Home",
  "nav.cities": "Cities",
  "nav.skip": "Skip to content",
  "nav.main": "Main navigation",
  "lang.switch": "Lire en français",
  "lang.switchLabel": "Language",
  "footer.about":
    "Technopolice is a campaign run by a collective of associations, unions and residents. This site uses no trackers, no third-party fonts and no third-party scripts.",
  "footer.contact": "Write to us",

  "home.title": "Technopolice — document and refuse the surveillance of our cities",
  "home.metaDescription":
    "Automated video surveillance, facial recognition, drones, sound sensors, predictive policing: report the projects in your city, sign the petition to your mayor, join the campaign.",
  "home.heading": "Our cities are not surveillance laboratories",
  "home.lead":
    "All over France, city councils install “smart” cameras, trial facial recognition, fly drones and buy software that claims to predict crime. These “safe city” projects are often decided without any public debate. Technopolice documents them, brings them into the open and challenges them, city by city.",
  "home.manifesto.heading": "Why we are calling on you",
  "home.manifesto.p1":
    "Automated surveillance of public space turns every passer-by into a suspect. It analyses gestures, faces and sounds, sorts behaviour into “normal” and “abnormal”, and builds an infrastructure whose future uses nobody controls.",
  "home.manifesto.p2":
    "These systems are sold to elected officials by the industry, introduced as experiments, then made permanent. They are expensive, their effectiveness has never been shown, and they threaten the freedom to protest, to come and go, and to live without being watched.",
  "home.manifesto.p3":
    "None of this is inevitable. In several cities, residents have had projects abandoned by making them public and taking them to court. To act everywhere, we need you: what you see in your city, your signature, your time.",
  "home.act.heading": "How to act",
  "home.act.report.title": "Report a project",
  "home.act.report.text": "A camera that analyses footage, a drone, a contract with a surveillance company: tell us what is being planned in your town, with sources.",
  "home.act.sign.title": "Sign your city's petition",
  "home.act.sign.text": "Each petition is addressed to the mayor. We deliver the signatures and publish the answer.",
  "home.act.volunteer.title": "Give some time",
  "home.act.volunteer.text": "Research, legal work, translation, local organising: everyone can contribute.",
  "home.act.donate.title": "Donate",
  "home.act.donate.text": "Legal challenges and research cost money. The campaign lives on donations, one-off or monthly.",
  "home.act.subscribe.title": "Follow the legal actions",
  "home.act.subscribe.text": "Get the collective's new legal actions and their outcomes by email, and nothing else.",
  "home.act.soon": "Coming soon",
  "home.featured.heading": "Featured cities",
  "home.featured.text": "Paris, Marseille, Toulouse, Nice and Saint-Étienne have launched emblematic projects: automated video surveillance, supervision centres, sound sensors, partnerships with the industry.",
  "home.search.heading": "Find your city",

  "search.label": "Town name or postcode",
  "search.submit": "Search",
  "search.placeholder": "e.g. Saint-Étienne or 06000",
  "search.title": "Find a town",
  "search.results": "{count} town(s) for “{query}”",
  "search.noResults": "No town matches “{query}”. Check the spelling or try a postcode.",
  "search.tooShort": "Type at least two characters.",
  "search.suggestions": "Suggestions",
  "search.suggestionsCount": "{count} suggestion(s). Use the up and down arrows to browse them.",

  "commune.population": "{population} inhabitants",
  "commune.department": "Department: {name} ({code})",
  "commune.region": "Region: {name}",
  "commune.postcodes": "Postcodes: {list}",
  "commune.petition.heading": "Petition",
  "commune.petition.none": "No petition is open for this town at the moment.",
  "commune.reports.heading": "Reported surveillance projects",
  "commune.reports.none": "No project has been documented here yet. Do you know of one?",
  "commune.actions.heading": "Legal actions",
  "commune.actions.none": "No legal action is under way for this town.",
  "commune.metaTitle": "{name} — Technopolice",

  "error.notFound.title": "Page not found",
  "error.notFound.text": "This page does not exist or has moved. Check the address, or search for a town.",
  "error.generic.title": "Something went wrong",
  "error.generic.text": "We could not show this page. Please try again in a moment; if the problem persists, write to us.",
  "error.backHome": "Back to the home page",
};
