// Demo data: published projects and the companies and bodies behind them, from public facts
// (press, CNIL, court decisions), so that /projets, /entreprises and /carte are not empty.
// Idempotent: a project or an entry already there (by slug) is left as it is.
import type { CompanyKind, ProjectKind, ProjectStatus } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";

const COMPANIES: { slug: string; name: string; kind: CompanyKind; website?: string; description: string }[] = [
  {
    slug: "briefcam",
    name: "Briefcam",
    kind: "VENDOR",
    website: "https://www.briefcam.com",
    description: "Éditeur israélien (groupe Canon) d’un logiciel d’analyse vidéo : recherche et synthèse d’images, détection d’objets et de personnes.",
  },
  { slug: "two-i", name: "Two-I", kind: "VENDOR", description: "Start-up messine d’analyse vidéo (détection d’« émotions », comptage, comportements)." },
  {
    slug: "idemia",
    name: "Idemia",
    kind: "VENDOR",
    website: "https://www.idemia.com",
    description: "Industriel français de la biométrie (reconnaissance faciale, empreintes, documents d’identité).",
  },
  { slug: "xxii", name: "XXII", kind: "VENDOR", description: "Éditeur français de logiciels de vidéosurveillance algorithmique." },
  {
    slug: "genetec",
    name: "Genetec",
    kind: "VENDOR",
    website: "https://www.genetec.com",
    description: "Éditeur canadien de logiciels de gestion de vidéosurveillance et de lecture de plaques.",
  },
  {
    slug: "cisco",
    name: "Cisco",
    kind: "VENDOR",
    description: "Équipementier américain, partenaire de l’expérimentation de reconnaissance faciale dans deux lycées de la région Sud.",
  },
  { slug: "thales", name: "Thales", kind: "INTEGRATOR", description: "Groupe français de défense et de sécurité, porteur de projets « safe city »." },
  { slug: "serenicity", name: "Serenicity", kind: "VENDOR", description: "Entreprise stéphanoise à l’origine du projet de capteurs sonores de Saint-Étienne." },
  {
    slug: "ibm",
    name: "IBM",
    kind: "VENDOR",
    description: "Groupe informatique américain ; a expérimenté l’analyse automatisée des images de vidéosurveillance à Toulouse.",
  },
  { slug: "huawei", name: "Huawei", kind: "VENDOR", description: "Industriel chinois ; a fourni à Valenciennes des caméras et un centre de supervision." },
  {
    slug: "wintics",
    name: "Wintics",
    kind: "VENDOR",
    description: "Éditeur français d’analyse vidéo retenu pour l’expérimentation de la loi relative aux Jeux olympiques de 2024.",
  },
  { slug: "snef", name: "SNEF", kind: "INTEGRATOR", description: "Intégrateur marseillais de systèmes de sûreté." },
  {
    slug: "region-sud",
    name: "Région Provence-Alpes-Côte d’Azur",
    kind: "PUBLIC_BODY",
    description: "Région porteuse de l’expérimentation de reconnaissance faciale dans les lycées.",
  },
  { slug: "ministere-de-l-interieur", name: "Ministère de l’Intérieur", kind: "PUBLIC_BODY", description: "Ministère chargé de la police nationale." },
];

type Event = { on: string; text: string; status?: ProjectStatus };
const PROJECTS: {
  slug: string;
  inseeCode: string;
  kind: ProjectKind;
  title: string;
  description: string;
  startedOn: string;
  status: ProjectStatus;
  since?: string;
  companies: string[];
  sources: string[];
  events: Event[];
}[] = [
  {
    slug: "nice-reconnaissance-faciale-au-lycee-les-eucalyptus",
    inseeCode: "06088",
    kind: "FACIAL_RECOGNITION",
    title: "Reconnaissance faciale à l’entrée du lycée Les Eucalyptus",
    description:
      "La région Provence-Alpes-Côte d’Azur a voté en décembre 2018 une expérimentation de « portiques virtuels » de reconnaissance faciale à l’entrée de deux lycées, à Nice et à Marseille, avec l’entreprise Cisco. La CNIL a jugé le dispositif contraire au RGPD en octobre 2019 ; le tribunal administratif de Marseille a annulé la délibération le 27 février 2020.",
    startedOn: "décembre 2018",
    status: "BANNED",
    since: "2020-02-27",
    companies: ["cisco", "region-sud"],
    sources: [],
    events: [
      { on: "2018-12-14", text: "Le conseil régional vote l’expérimentation dans deux lycées.", status: "ANNOUNCED" },
      { on: "2019-10-29", text: "La CNIL estime le dispositif ni nécessaire ni proportionné." },
      { on: "2020-02-27", text: "Le tribunal administratif de Marseille annule la délibération de la région.", status: "BANNED" },
    ],
  },
  {
    slug: "marseille-reconnaissance-faciale-au-lycee-ampere",
    inseeCode: "13055",
    kind: "FACIAL_RECOGNITION",
    title: "Reconnaissance faciale à l’entrée du lycée Ampère",
    description:
      "Second lycée de l’expérimentation de la région Provence-Alpes-Côte d’Azur avec Cisco. La délibération a été annulée par le tribunal administratif de Marseille le 27 février 2020.",
    startedOn: "décembre 2018",
    status: "BANNED",
    since: "2020-02-27",
    companies: ["cisco", "region-sud"],
    sources: [],
    events: [
      { on: "2018-12-14", text: "Le conseil régional vote l’expérimentation.", status: "ANNOUNCED" },
      { on: "2020-02-27", text: "Le tribunal administratif de Marseille annule la délibération.", status: "BANNED" },
    ],
  },
  {
    slug: "marseille-videosurveillance-automatisee",
    inseeCode: "13055",
    kind: "VIDEO_ANALYTICS",
    title: "Vidéosurveillance « intelligente » de l’Observatoire de la tranquillité publique",
    description:
      "La ville a lancé un marché de vidéosurveillance automatisée (détection de comportements, d’objets abandonnés) relié à son « Observatoire de la tranquillité publique ».",
    startedOn: "2018",
    status: "DEPLOYED",
    companies: ["snef"],
    sources: [],
    events: [],
  },
  {
    slug: "saint-etienne-capteurs-sonores-tarentaize-beaubrun",
    inseeCode: "42218",
    kind: "SOUND_SENSORS",
    title: "Capteurs sonores dans le quartier Tarentaize-Beaubrun",
    description:
      "La ville prévoyait d’installer des micros reliés à la vidéosurveillance pour détecter des « bruits anormaux » (cris, chocs, klaxons). Avertie par la CNIL en 2019, la municipalité a renoncé au projet.",
    startedOn: "2019",
    status: "ABANDONED",
    since: "2019-10-01",
    companies: ["serenicity"],
    sources: [],
    events: [
      { on: "2019-03-01", text: "Le projet de capteurs sonores est rendu public.", status: "ANNOUNCED" },
      { on: "2019-10-01", text: "Après l’avertissement de la CNIL, la ville renonce au projet.", status: "ABANDONED" },
    ],
  },
  {
    slug: "nice-safe-city-thales",
    inseeCode: "06088",
    kind: "DATA_PLATFORM",
    title: "Projet « Safe City » avec Thales",
    description:
      "Plateforme de croisement de données (vidéosurveillance, réseaux sociaux, capteurs) expérimentée par la ville avec un consortium mené par Thales.",
    startedOn: "2018",
    status: "TRIAL",
    companies: ["thales"],
    sources: [],
    events: [],
  },
  {
    slug: "nice-detection-d-emotions-dans-le-tramway",
    inseeCode: "06088",
    kind: "VIDEO_ANALYTICS",
    title: "Détection d’« émotions » dans le tramway",
    description: "Expérimentation annoncée d’un logiciel d’analyse des visages des voyageurs du tramway, par la start-up Two-I.",
    startedOn: "2018",
    status: "ANNOUNCED",
    companies: ["two-i"],
    sources: [],
    events: [],
  },
  {
    slug: "toulouse-analyse-video-ibm",
    inseeCode: "31555",
    kind: "VIDEO_ANALYTICS",
    title: "Analyse automatisée des images de vidéosurveillance avec IBM",
    description: "La ville a expérimenté avec IBM un logiciel d’analyse automatisée des images de ses caméras.",
    startedOn: "2016",
    status: "TRIAL",
    companies: ["ibm"],
    sources: [],
    events: [],
  },
  {
    slug: "valenciennes-cameras-huawei",
    inseeCode: "59606",
    kind: "VIDEO_ANALYTICS",
    title: "Caméras et centre de supervision fournis par Huawei",
    description: "Huawei a fourni à la ville des caméras et un centre de supervision, présentés comme une vitrine « safe city ».",
    startedOn: "2017",
    status: "DEPLOYED",
    companies: ["huawei"],
    sources: [],
    events: [],
  },
  {
    slug: "moirans-logiciel-briefcam",
    inseeCode: "38239",
    kind: "VIDEO_ANALYTICS",
    title: "Logiciel Briefcam sur les caméras municipales",
    description: "La commune utilise le logiciel d’analyse vidéo Briefcam sur les images de ses caméras.",
    startedOn: "2023",
    status: "DEPLOYED",
    companies: ["briefcam"],
    sources: [],
    events: [],
  },
  {
    slug: "paris-vsa-jeux-olympiques",
    inseeCode: "75056",
    kind: "VIDEO_ANALYTICS",
    title: "Vidéosurveillance algorithmique de la loi relative aux Jeux olympiques",
    description:
      "Expérimentation légale de la vidéosurveillance algorithmique lors de grands événements, autorisée par la loi du 19 mai 2023 relative aux Jeux olympiques et paralympiques de 2024.",
    startedOn: "2024",
    status: "TRIAL",
    since: "2024-03-03",
    companies: ["wintics", "ministere-de-l-interieur"],
    sources: [],
    events: [
      { on: "2023-05-19", text: "Promulgation de la loi relative aux Jeux olympiques et paralympiques de 2024.", status: "ANNOUNCED" },
      { on: "2024-03-03", text: "Premières utilisations du logiciel lors de concerts à Paris.", status: "TRIAL" },
    ],
  },
];

const day = (value: string) => new Date(`${value}T00:00:00Z`);

export async function seedProjects() {
  for (const company of COMPANIES) {
    await db().company.upsert({ where: { slug: company.slug }, update: {}, create: { ...company, website: company.website ?? null } });
  }
  const companies = await db().company.findMany({ where: { slug: { in: COMPANIES.map((company) => company.slug) } }, select: { id: true, slug: true } });
  for (const project of PROJECTS) {
    if (await db().report.findUnique({ where: { slug: project.slug }, select: { id: true } })) continue;
    if (!(await db().commune.findUnique({ where: { inseeCode: project.inseeCode }, select: { inseeCode: true } }))) continue;
    await db().report.create({
      data: {
        inseeCode: project.inseeCode,
        kind: project.kind,
        title: project.title,
        description: project.description,
        startedOn: project.startedOn,
        sources: project.sources,
        status: "PUBLISHED",
        publishedAt: new Date(),
        moderatedAt: new Date(),
        slug: project.slug,
        projectStatus: project.status,
        statusSince: project.since ? day(project.since) : null,
        companies: { create: companies.filter((company) => project.companies.includes(company.slug)).map((company) => ({ companyId: company.id })) },
        events: { create: project.events.map((event) => ({ occurredOn: day(event.on), text: event.text, status: event.status ?? null })) },
      },
    });
  }
}
