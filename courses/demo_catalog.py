"""Bilingual demo catalog of the Mexican Automotive Cluster Network (pure data).

Spanish of Mexico first, English second. People and companies are fictional;
universities and partners come from DOMAIN.md. Loaded by the demo-data command.
"""

PROGRAMMES = [
    {
        "key": "six-sigma",
        "scope": "network",
        "title": {
            "es": "Six Sigma: de la alta dirección a la línea de producción",
            "en": "Six Sigma: from top management to the production line",
        },
        "slug": {"es": "six-sigma", "en": "six-sigma"},
        "intro": {
            "es": "Ruta de cuatro cinturones (White, Yellow, Green y Black Belt) para alinear los criterios de calidad desde la alta dirección hasta la línea de producción. Cada cinturón es requisito del siguiente, así que directivos, ingenieros y técnicos terminan hablando el mismo idioma: DMAIC, voz del cliente y decisiones basadas en datos. Está abierta al personal de todas las empresas socias de los diez clústeres de la red.",
            "en": "A four-belt path (White, Yellow, Green and Black Belt) to align quality criteria from top management down to the production line. Each belt is a prerequisite of the next, so executives, engineers and technicians end up speaking the same language: DMAIC, voice of the customer and data-driven decisions. It is open to the staff of every member company of the ten clusters in the network.",
        },
    },
    {
        "key": "electromobility",
        "scope": "network",
        "title": {
            "es": "Programa integral de Electromovilidad",
            "en": "Comprehensive Electromobility Programme",
        },
        "slug": {"es": "electromovilidad", "en": "electromobility"},
        "intro": {
            "es": "Programa para estudiantes de universidades tecnológicas y para el personal que ya fabrica vehículos eléctricos y sus componentes. Recorre los fundamentos del vehículo eléctrico, la seguridad en alto voltaje, las baterías, la electrónica de potencia y la infraestructura de carga. El curso de seguridad en alto voltaje es obligatorio antes de trabajar con sistemas energizados.",
            "en": "A programme for students of technical universities and for staff who already build electric vehicles and their components. It covers EV fundamentals, high-voltage safety, batteries, power electronics and charging infrastructure. The high-voltage safety course is mandatory before working on energised systems.",
        },
    },
    {
        "key": "industry-4-0",
        "scope": "network",
        "title": {
            "es": "Masterclass Industria 4.0 en 10 disciplinas",
            "en": "Industry 4.0 Masterclass in 10 Disciplines",
        },
        "slug": {"es": "masterclass-industria-4-0", "en": "industry-4-0-masterclass"},
        "intro": {
            "es": "Diez cursos independientes para ingenieros y técnicos que ya trabajan en planta: IIoT, analítica de datos, robótica y cobots, manufactura aditiva, gemelos digitales, ciberseguridad industrial, nube y edge, realidad aumentada y virtual, inteligencia artificial y PLC. Puedes tomarlos en el orden que mejor se ajuste a los proyectos de digitalización de tu planta. Algunos se imparten de forma presencial en el clúster que cuenta con la mejor infraestructura para la práctica.",
            "en": "Ten independent courses for engineers and technicians already working in plants: IIoT, data analytics, robotics and cobots, additive manufacturing, digital twins, industrial cybersecurity, cloud and edge, augmented and virtual reality, artificial intelligence and PLCs. You can take them in whatever order best fits your plant's digitalisation projects. Some are taught in person at the cluster with the best infrastructure for hands-on practice.",
        },
    },
]

DISCIPLINES = [
    {
        "key": "quality",
        "name": {"es": "Calidad y mejora continua", "en": "Quality and continuous improvement"},
    },
    {"key": "electromobility", "name": {"es": "Electromovilidad", "en": "Electromobility"}},
    {"key": "industrial-safety", "name": {"es": "Seguridad industrial", "en": "Industrial safety"}},
    {
        "key": "iiot",
        "name": {
            "es": "Internet industrial de las cosas (IIoT)",
            "en": "Industrial Internet of Things (IIoT)",
        },
    },
    {"key": "data-analytics", "name": {"es": "Analítica de datos", "en": "Data analytics"}},
    {"key": "robotics", "name": {"es": "Robótica y cobots", "en": "Robotics and cobots"}},
    {
        "key": "additive-manufacturing",
        "name": {"es": "Manufactura aditiva", "en": "Additive manufacturing"},
    },
    {"key": "digital-twins", "name": {"es": "Gemelos digitales", "en": "Digital twins"}},
    {
        "key": "cybersecurity",
        "name": {"es": "Ciberseguridad industrial", "en": "Industrial cybersecurity"},
    },
    {
        "key": "cloud-edge",
        "name": {"es": "Cómputo en la nube y edge", "en": "Cloud and edge computing"},
    },
    {
        "key": "ar-vr",
        "name": {"es": "Realidad aumentada y virtual", "en": "Augmented and virtual reality"},
    },
    {
        "key": "ai-ml",
        "name": {
            "es": "Inteligencia artificial y aprendizaje automático",
            "en": "Artificial intelligence and machine learning",
        },
    },
    {"key": "plc-automation", "name": {"es": "PLC y automatización", "en": "PLC and automation"}},
    {
        "key": "trade",
        "name": {
            "es": "Comercio exterior y reglas de origen",
            "en": "Foreign trade and rules of origin",
        },
    },
    {
        "key": "supply-chain",
        "name": {
            "es": "Desarrollo de proveedores y cadena de suministro",
            "en": "Supplier development and supply chain",
        },
    },
    {
        "key": "sustainability",
        "name": {
            "es": "Sostenibilidad y descarbonización",
            "en": "Sustainability and decarbonisation",
        },
    },
    {
        "key": "materials",
        "name": {
            "es": "Materiales y procesos de transformación",
            "en": "Materials and forming processes",
        },
    },
]

INSTRUCTORS = [
    {
        "key": "mariana-villarreal",
        "name": "Dra. Mariana Villarreal Garza",
        "organisation": "Tecnológico de Monterrey",
        "bio": {
            "es": "Master Black Belt y profesora de ingeniería industrial. Ha dirigido más de cuarenta proyectos DMAIC en plantas de autopartes del noreste de México y asesora a equipos directivos en el despliegue de objetivos de calidad.",
            "en": "Master Black Belt and professor of industrial engineering. She has led more than forty DMAIC projects in auto-parts plants in north-eastern Mexico and advises leadership teams on deploying quality objectives.",
        },
    },
    {
        "key": "roberto-saldana",
        "name": "Ing. Roberto Saldaña Ríos",
        "organisation": "Grupo NICDET",
        "bio": {
            "es": "Black Belt y auditor líder IATF 16949 con veinte años en proveedores Tier 1. Acompaña a pymes en sus primeros PPAP y en la implementación de las herramientas básicas de calidad de AIAG.",
            "en": "Black Belt and IATF 16949 lead auditor with twenty years at Tier 1 suppliers. He guides SMEs through their first PPAP submissions and the implementation of the AIAG quality core tools.",
        },
    },
    {
        "key": "daniel-whitaker",
        "name": "Dr. Daniel Whitaker",
        "organisation": "Texas State University",
        "bio": {
            "es": "Profesor de ingeniería eléctrica especializado en electrónica de potencia y accionamientos para vehículos eléctricos. Colabora con la red de clústeres en programas binacionales de formación de talento.",
            "en": "Professor of electrical engineering specialising in power electronics and drives for electric vehicles. He works with the cluster network on binational talent development programmes.",
        },
    },
    {
        "key": "lucia-cardenas",
        "name": "Ing. Lucía Cárdenas Olvera",
        "organisation": "Voltia Movilidad Eléctrica, S.A. de C.V.",
        "bio": {
            "es": "Ingeniera mecatrónica y responsable de seguridad eléctrica en una planta de ensamble de paquetes de baterías. Diseña procedimientos de desenergización y forma a técnicos en trabajo seguro con alto voltaje.",
            "en": "Mechatronics engineer in charge of electrical safety at a battery-pack assembly plant. She designs de-energisation procedures and trains technicians in safe high-voltage work.",
        },
    },
    {
        "key": "ana-sofia-echeverria",
        "name": "Mtra. Ana Sofía Echeverría Ruiz",
        "organisation": "Tecnológico de Monterrey",
        "bio": {
            "es": "Científica de datos y profesora de posgrado. Desarrolla modelos de mantenimiento predictivo y de inspección visual con visión artificial junto con empresas socias de los clústeres del Bajío.",
            "en": "Data scientist and graduate lecturer. She develops predictive-maintenance and machine-vision inspection models together with member companies of the Bajío clusters.",
        },
    },
    {
        "key": "jorge-medina",
        "name": "Ing. Jorge Medina Treviño",
        "organisation": "Automatización Norteña, S.A. de C.V.",
        "bio": {
            "es": "Integrador de celdas robotizadas de soldadura y manejo de materiales con quince años de experiencia. Programa PLC y robots de varias marcas y coordina la puesta en marcha de líneas nuevas.",
            "en": "Integrator of robotic welding and material-handling cells with fifteen years of experience. He programs PLCs and robots of several brands and coordinates the start-up of new lines.",
        },
    },
    {
        "key": "fernanda-rosales",
        "name": "Ing. Fernanda Rosales Quintero",
        "organisation": "Ciberplanta Seguridad OT, S.C.",
        "bio": {
            "es": "Especialista en ciberseguridad de redes industriales y arquitecturas de nube y edge. Ha segmentado redes de planta y diseñado accesos remotos seguros para proveedores automotrices de varios estados.",
            "en": "Specialist in industrial network cybersecurity and cloud and edge architectures. She has segmented plant networks and designed secure remote access for automotive suppliers in several states.",
        },
    },
    {
        "key": "patricia-ibarra",
        "name": "Mtra. Patricia Ibarra Luna",
        "organisation": "Grupo NICDET",
        "bio": {
            "es": "Consultora en comercio exterior y desarrollo de proveedores. Ayuda a empresas Tier 2 y Tier 3 a calcular el valor de contenido regional y a prepararse para las evaluaciones de sus clientes.",
            "en": "Consultant in foreign trade and supplier development. She helps Tier 2 and Tier 3 companies calculate regional value content and prepare for their customers' assessments.",
        },
    },
    {
        "key": "hiroshi-nakamura",
        "name": "Ing. Hiroshi Nakamura",
        "organisation": "Kobe Precision Components de México, S.A. de C.V.",
        "bio": {
            "es": "Ingeniero de materiales con experiencia en Japón y México en inyección de plásticos, fundición de aluminio y manufactura aditiva de herramentales. Imparte sus cursos en español.",
            "en": "Materials engineer with experience in Japan and Mexico in plastic injection moulding, aluminium casting and additive manufacturing of tooling. He teaches his courses in Spanish.",
        },
    },
    {
        "key": "claudia-esparza",
        "name": "Dra. Claudia Esparza Montoya",
        "organisation": "EcoIndustria Consultores, S.C.",
        "bio": {
            "es": "Doctora en ingeniería energética. Elabora inventarios de gases de efecto invernadero y programas de eficiencia energética para plantas automotrices del norte del país.",
            "en": "PhD in energy engineering. She prepares greenhouse-gas inventories and energy-efficiency programmes for automotive plants in northern Mexico.",
        },
    },
]

COURSES = [
    # ------------------------------------------------------------------
    # Six Sigma programme (network)
    # ------------------------------------------------------------------
    {
        "key": "ss-white",
        "code": "SS-WB",
        "programme": "six-sigma",
        "path_order": 1,
        "prerequisites": [],
        "cluster": None,
        "discipline": "quality",
        "level": "basic",
        "modality": "online",
        "languages": "es_en",
        "audience": ["executive", "engineer", "technician", "operator"],
        "hours": "8",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["mariana-villarreal"],
        "title": {"es": "Six Sigma White Belt", "en": "Six Sigma White Belt"},
        "slug": {"es": "six-sigma-white-belt", "en": "six-sigma-white-belt"},
        "summary": {
            "es": "Introducción a Six Sigma para todo el personal, desde la dirección general hasta la línea. Conocerás el origen de la metodología, el significado del nivel sigma y la lógica DMAIC, para que puedas participar en proyectos de mejora y hablar el mismo idioma de calidad que tu cliente.",
            "en": "An introduction to Six Sigma for everyone from general management to the line. You will learn where the methodology comes from, what a sigma level means and the logic of DMAIC, so that you can take part in improvement projects and speak the same quality language as your customer.",
        },
        "outcomes": {
            "es": [
                "Explicar qué es la variación y por qué afecta la calidad, el costo y la entrega.",
                "Interpretar el nivel sigma y los defectos por millón de oportunidades (DPMO).",
                "Describir las cinco fases de DMAIC y el entregable principal de cada una.",
                "Identificar los roles de un despliegue Six Sigma: patrocinador, dueño del proceso y cinturones.",
            ],
            "en": [
                "Explain what variation is and why it affects quality, cost and delivery.",
                "Interpret the sigma level and defects per million opportunities (DPMO).",
                "Describe the five DMAIC phases and the main deliverable of each one.",
                "Identify the roles in a Six Sigma deployment: sponsor, process owner and belts.",
            ],
        },
        "audience_text": {
            "es": "Para directivos, gerentes, ingenieros, técnicos y operadores que participarán por primera vez en proyectos Six Sigma.",
            "en": "For executives, managers, engineers, technicians and operators who will take part in Six Sigma projects for the first time.",
        },
        "faq": [
            {
                "q": {"es": "¿Necesito saber estadística?", "en": "Do I need to know statistics?"},
                "a": {
                    "es": "No. El White Belt usa ejemplos de planta y aritmética básica; la estadística formal empieza en el Yellow Belt y se profundiza en el Green Belt.",
                    "en": "No. The White Belt uses shop-floor examples and basic arithmetic; formal statistics starts in the Yellow Belt and goes deeper in the Green Belt.",
                },
            },
            {
                "q": {"es": "¿Qué obtengo al terminar?", "en": "What do I get when I finish?"},
                "a": {
                    "es": "Al completar las lecciones y aprobar la evaluación recibes una constancia de la red de clústeres y, si tu empresa lo solicita, la constancia DC-3. El White Belt es requisito para inscribirte al Yellow Belt.",
                    "en": "When you complete the lessons and pass the assessment you receive a certificate from the cluster network and, if your company requests it, the DC-3 record. The White Belt is required to enrol in the Yellow Belt.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Fundamentos", "en": "Module 1: Fundamentals"},
                "title": {
                    "es": "Qué es Six Sigma y por qué importa en tu planta",
                    "en": "What Six Sigma is and why it matters in your plant",
                },
                "slug": {"es": "que-es-six-sigma", "en": "what-is-six-sigma"},
                "summary": {
                    "es": "Conoce el origen de Six Sigma, la idea de variación y cómo se mide el desempeño de un proceso con el nivel sigma.",
                    "en": "Learn where Six Sigma comes from, the idea of variation and how process performance is measured with the sigma level.",
                },
                "paragraphs": {
                    "es": [
                        "Six Sigma es una metodología de mejora que busca reducir la variación de los procesos hasta que los defectos sean prácticamente inexistentes. Nació en Motorola a mediados de los años ochenta, impulsada por el ingeniero Bill Smith, y se popularizó en los noventa cuando General Electric la convirtió en parte de su estrategia de negocio. En la industria automotriz encaja de forma natural: los clientes miden a sus proveedores en partes por millón defectuosas, y un solo lote fuera de especificación puede detener una línea de ensamble.",
                        "La idea central es la variación. Ninguna máquina produce dos piezas idénticas: el diámetro de un barreno, el torque de un tornillo o el espesor de una capa de pintura cambian un poco de pieza a pieza. Mientras esa variación quede dentro de las tolerancias, la pieza es buena; cuando el proceso se descentra o se dispersa, aparecen los defectos. Six Sigma te enseña a medir esa variación, encontrar sus causas y reducirla, en lugar de depender de inspeccionar y separar piezas malas al final del proceso.",
                        "El nivel sigma expresa qué tan capaz es un proceso. Un proceso que opera a seis sigma genera alrededor de 3.4 defectos por millón de oportunidades (DPMO), considerando el desplazamiento de 1.5 sigma que suelen mostrar los procesos a largo plazo. A tres sigma, en cambio, se esperan cerca de 66,800 defectos por millón. Esa diferencia se traduce en desperdicio, retrabajo, fletes urgentes y reclamos de garantía; por eso el nivel sigma es una forma sencilla de comparar procesos muy distintos con la misma escala.",
                    ],
                    "en": [
                        "Six Sigma is an improvement methodology that seeks to reduce process variation until defects are practically non-existent. It was born at Motorola in the mid-1980s, driven by engineer Bill Smith, and became popular in the 1990s when General Electric made it part of its business strategy. It fits the automotive industry naturally: customers measure their suppliers in defective parts per million, and a single out-of-specification batch can stop an assembly line.",
                        "The central idea is variation. No machine produces two identical parts: the diameter of a drilled hole, the torque on a bolt or the thickness of a paint layer change slightly from part to part. As long as that variation stays within tolerance, the part is good; when the process drifts off centre or spreads out, defects appear. Six Sigma teaches you to measure that variation, find its causes and reduce it, instead of relying on inspecting and sorting out bad parts at the end of the process.",
                        "The sigma level expresses how capable a process is. A process operating at six sigma produces about 3.4 defects per million opportunities (DPMO), allowing for the 1.5 sigma shift that processes usually show over the long term. At three sigma, by contrast, you can expect about 66,800 defects per million. That difference turns into scrap, rework, premium freight and warranty claims, which is why the sigma level is a simple way to compare very different processes on the same scale.",
                    ],
                },
                "callout": {
                    "es": "Ejercicio: elige un proceso de tu área y anota tres fuentes de variación que observes en un turno normal. Las usarás en el siguiente módulo.",
                    "en": "Exercise: pick a process in your area and write down three sources of variation you observe during a normal shift. You will use them in the next module.",
                },
            },
            {
                "module": {"es": "Módulo 2: La ruta DMAIC", "en": "Module 2: The DMAIC roadmap"},
                "title": {
                    "es": "DMAIC y los roles de un despliegue Six Sigma",
                    "en": "DMAIC and the roles in a Six Sigma deployment",
                },
                "slug": {"es": "dmaic-y-roles", "en": "dmaic-and-roles"},
                "summary": {
                    "es": "Recorre las cinco fases de DMAIC y descubre quién hace qué, desde la dirección hasta la línea de producción.",
                    "en": "Walk through the five DMAIC phases and find out who does what, from management to the production line.",
                },
                "paragraphs": {
                    "es": [
                        "Los proyectos Six Sigma siguen cinco fases conocidas como DMAIC. En Definir se delimita el problema, el cliente afectado y el alcance en un acta de proyecto. En Medir se recolectan datos de la situación actual y se verifica que el sistema de medición sea confiable. En Analizar se buscan las causas raíz y se comprueban con datos, no con opiniones. En Mejorar se prueban soluciones, primero en piloto. En Controlar se asegura que la mejora se mantenga con planes de control, gráficas y trabajo estandarizado.",
                        "Un despliegue Six Sigma necesita roles claros. El patrocinador, normalmente un director, elige los proyectos, asigna recursos y quita obstáculos. El dueño del proceso recibe la mejora y la mantiene en el día a día. Los Black Belt dirigen proyectos complejos y asesoran a otros; los Green Belt conducen proyectos en su propia área mientras siguen con su puesto; los Yellow Belt participan en los equipos recolectando datos y aportando conocimiento del proceso. Como White Belt, tu papel es entender el método y apoyar a esos equipos.",
                        "La fuerza de Six Sigma está en alinear los criterios de calidad desde la alta dirección hasta la línea. Los objetivos del negocio, como reducir las partes por millón reportadas por el cliente o el costo de desperdicio, se traducen en métricas de proyecto y, después, en indicadores que el operador ve en su estación. Cuando la dirección elige los proyectos con base en esos objetivos y el personal de la línea aporta su experiencia, las mejoras dejan de ser esfuerzos aislados y se convierten en resultados medibles.",
                    ],
                    "en": [
                        "Six Sigma projects follow five phases known as DMAIC. In Define, the problem, the affected customer and the scope are set out in a project charter. In Measure, data on the current situation are collected and the measurement system is checked for reliability. In Analyse, root causes are sought and confirmed with data, not opinions. In Improve, solutions are tested, first as a pilot. In Control, the improvement is sustained with control plans, charts and standardised work.",
                        "A Six Sigma deployment needs clear roles. The sponsor, usually a director, chooses the projects, assigns resources and removes obstacles. The process owner takes over the improvement and maintains it day to day. Black Belts lead complex projects and coach others; Green Belts run projects in their own area while keeping their job; Yellow Belts take part in teams by collecting data and contributing process knowledge. As a White Belt, your role is to understand the method and support those teams.",
                        "The strength of Six Sigma lies in aligning quality criteria from top management down to the line. Business objectives, such as reducing the parts per million reported by the customer or the cost of scrap, are translated into project metrics and then into indicators that the operator sees at the workstation. When management chooses projects based on those objectives and line staff contribute their experience, improvements stop being isolated efforts and become measurable results.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    {
        "key": "ss-yellow",
        "code": "SS-YB",
        "programme": "six-sigma",
        "path_order": 2,
        "prerequisites": ["ss-white"],
        "cluster": None,
        "discipline": "quality",
        "level": "basic",
        "modality": "blended",
        "languages": "es",
        "audience": ["executive", "engineer", "technician"],
        "hours": "20",
        "min_attendance_percent": 80,
        "min_hours": "16",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["mariana-villarreal", "roberto-saldana"],
        "title": {"es": "Six Sigma Yellow Belt", "en": "Six Sigma Yellow Belt"},
        "slug": {"es": "six-sigma-yellow-belt", "en": "six-sigma-yellow-belt"},
        "summary": {
            "es": "Aprende a escuchar la voz del cliente, traducirla en características críticas de calidad y mapear un proceso con SIPOC. Las lecciones en línea se complementan con un taller presencial donde trabajas con un caso real de tu planta.",
            "en": "Learn to listen to the voice of the customer, translate it into critical-to-quality characteristics and map a process with SIPOC. The online lessons are complemented by an in-person workshop where you work on a real case from your plant.",
        },
        "outcomes": {
            "es": [
                "Recopilar y ordenar la voz del cliente a partir de reclamos, calificaciones y requisitos específicos.",
                "Construir un árbol de características críticas de calidad (CTQ) con métricas y límites.",
                "Elaborar un diagrama SIPOC que delimite el alcance de un proyecto.",
                "Participar eficazmente como integrante de un equipo Green o Black Belt.",
            ],
            "en": [
                "Gather and organise the voice of the customer from complaints, scorecards and specific requirements.",
                "Build a critical-to-quality (CTQ) tree with metrics and limits.",
                "Draw a SIPOC diagram that sets the scope of a project.",
                "Take part effectively as a member of a Green or Black Belt team.",
            ],
        },
        "audience_text": {
            "es": "Para gerentes, supervisores, ingenieros y técnicos que integrarán equipos de mejora o patrocinarán proyectos.",
            "en": "For managers, supervisors, engineers and technicians who will join improvement teams or sponsor projects.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Dónde es el taller presencial?",
                    "en": "Where is the in-person workshop held?",
                },
                "a": {
                    "es": "Cada clúster programa su propio taller de un día en sus instalaciones o en una empresa socia. Al inscribirte eliges la sede y la fecha que te convengan.",
                    "en": "Each cluster schedules its own one-day workshop at its premises or at a member company. When you enrol you choose the venue and date that suit you.",
                },
            },
            {
                "q": {
                    "es": "¿Tengo que llevar un proyecto?",
                    "en": "Do I have to bring a project?",
                },
                "a": {
                    "es": "Te recomendamos llevar un problema real de tu área, aunque sea pequeño. Si no lo tienes, el instructor te asigna un caso de estudio de la industria automotriz.",
                    "en": "We recommend bringing a real problem from your area, even a small one. If you do not have one, the instructor will assign you an automotive case study.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: El cliente primero", "en": "Module 1: Customer first"},
                "title": {
                    "es": "La voz del cliente y las características críticas de calidad",
                    "en": "Voice of the customer and critical-to-quality characteristics",
                },
                "slug": {"es": "voz-del-cliente", "en": "voice-of-the-customer"},
                "summary": {
                    "es": "Convierte lo que dice y exige tu cliente en requisitos medibles para tus procesos.",
                    "en": "Turn what your customer says and demands into measurable requirements for your processes.",
                },
                "paragraphs": {
                    "es": [
                        "La voz del cliente (VOC, por sus siglas en inglés) es todo lo que el cliente expresa sobre lo que necesita y espera. En un proveedor automotriz llega por muchos canales: los reclamos y reportes de problema, la calificación mensual de desempeño del proveedor, los requisitos específicos del cliente, las revisiones de ingeniería y los comentarios que recibe el personal de ventas. El primer paso es reunir esas fuentes en un solo lugar, porque cada área suele conocer solo una parte de la historia.",
                        "Lo que dice el cliente casi nunca está expresado como un requisito medible. Frases como la pieza no ensambla bien o hay ruido en la puerta deben traducirse en características críticas de calidad, llamadas CTQ. Para lograrlo se usa un árbol CTQ: a la izquierda va la necesidad general, en medio los factores que la determinan y a la derecha una característica medible con su especificación, por ejemplo la fuerza de inserción de un clip entre 40 y 60 newtons.",
                        "No todas las necesidades pesan igual. El modelo de Kano distingue entre requisitos básicos, que el cliente da por hechos y cuya ausencia provoca rechazo inmediato; requisitos de desempeño, donde más siempre es mejor; y atributos que generan satisfacción adicional. En autopartes, la seguridad y el ajuste dimensional son requisitos básicos: nadie te felicitará por cumplirlos, pero fallar en ellos puede costar un contrato. Prioriza las CTQ según su impacto en el cliente y en tus indicadores.",
                    ],
                    "en": [
                        "The voice of the customer (VOC) is everything the customer expresses about what it needs and expects. At an automotive supplier it arrives through many channels: complaints and problem reports, the monthly supplier performance scorecard, customer-specific requirements, engineering reviews and the comments received by the sales team. The first step is to gather those sources in one place, because each department usually knows only part of the story.",
                        "What the customer says is almost never expressed as a measurable requirement. Phrases such as the part does not assemble well or there is a noise in the door must be translated into critical-to-quality characteristics, called CTQs. To do this you use a CTQ tree: on the left goes the general need, in the middle the drivers that determine it and on the right a measurable characteristic with its specification, for example the insertion force of a clip between 40 and 60 newtons.",
                        "Not all needs weigh the same. The Kano model distinguishes between basic requirements, which the customer takes for granted and whose absence causes immediate rejection; performance requirements, where more is always better; and attributes that create extra satisfaction. In auto parts, safety and dimensional fit are basic requirements: nobody will congratulate you for meeting them, but failing them can cost you a contract. Prioritise the CTQs by their impact on the customer and on your indicators.",
                    ],
                },
                "callout": {
                    "es": "Consejo: revisa los últimos seis meses de calificaciones de tu cliente principal antes del taller; casi siempre revelan la CTQ más urgente.",
                    "en": "Tip: review the last six months of scorecards from your main customer before the workshop; they almost always reveal the most urgent CTQ.",
                },
            },
            {
                "module": {
                    "es": "Módulo 2: Entender el proceso",
                    "en": "Module 2: Understanding the process",
                },
                "title": {"es": "SIPOC y mapeo de procesos", "en": "SIPOC and process mapping"},
                "slug": {"es": "sipoc-y-mapeo", "en": "sipoc-and-mapping"},
                "summary": {
                    "es": "Delimita el alcance de un proyecto con un SIPOC y detalla el proceso con un diagrama de flujo.",
                    "en": "Set the scope of a project with a SIPOC and detail the process with a flowchart.",
                },
                "paragraphs": {
                    "es": [
                        "El SIPOC es una vista de alto nivel del proceso que se construye al inicio de un proyecto. Sus letras corresponden a proveedores, entradas, proceso, salidas y clientes. Se recomienda empezar por el centro: describe el proceso en cinco a siete pasos, desde un inicio y un fin claros. Después anota las salidas y quién las recibe, y al final las entradas y quién las suministra. El resultado cabe en una hoja y permite que el equipo y el patrocinador acuerden qué está dentro y qué queda fuera del proyecto.",
                        "Un buen SIPOC evita dos errores frecuentes. El primero es un alcance demasiado amplio, como mejorar la calidad de toda la planta, que hace imposible terminar el proyecto en tres o cuatro meses. El segundo es confundir el proceso real con el proceso documentado. Por eso conviene construir el SIPOC con las personas que operan el proceso y validarlo recorriendo el piso de producción, observando qué pasa en cada turno y no solo lo que dice el procedimiento.",
                        "Una vez definido el alcance, el equipo detalla el proceso con un diagrama de flujo o un mapa de cadena de valor. En él se marcan las inspecciones, los retrabajos, los inventarios entre estaciones y los puntos donde se toman decisiones. Cada paso que no agrega valor para el cliente es una oportunidad de mejora, y cada punto donde se genera variación es un candidato para medir. Este mapa será la base de la fase de Medir y del análisis de causas en el Green Belt.",
                    ],
                    "en": [
                        "SIPOC is a high-level view of the process built at the start of a project. Its letters stand for suppliers, inputs, process, outputs and customers. It is best to start in the middle: describe the process in five to seven steps, with a clear start and end. Then write down the outputs and who receives them, and finally the inputs and who supplies them. The result fits on one page and lets the team and the sponsor agree on what is inside and what is outside the project.",
                        "A good SIPOC avoids two common mistakes. The first is a scope that is too broad, such as improving the quality of the whole plant, which makes it impossible to finish the project in three or four months. The second is confusing the real process with the documented process. That is why it pays to build the SIPOC with the people who run the process and to validate it by walking the shop floor, observing what happens on each shift and not only what the procedure says.",
                        "Once the scope is defined, the team details the process with a flowchart or a value stream map. It marks inspections, rework, inventory between stations and the points where decisions are made. Every step that adds no value for the customer is an improvement opportunity, and every point where variation is generated is a candidate for measurement. This map will be the basis for the Measure phase and for the cause analysis in the Green Belt.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    {
        "key": "ss-green",
        "code": "SS-GB",
        "programme": "six-sigma",
        "path_order": 3,
        "prerequisites": ["ss-yellow"],
        "cluster": None,
        "discipline": "quality",
        "level": "intermediate",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "64",
        "min_attendance_percent": 80,
        "min_hours": "52",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["mariana-villarreal", "roberto-saldana"],
        "title": {"es": "Six Sigma Green Belt", "en": "Six Sigma Green Belt"},
        "slug": {"es": "six-sigma-green-belt", "en": "six-sigma-green-belt"},
        "summary": {
            "es": "Dirige un proyecto DMAIC completo en tu área: redacta el acta, mide la capacidad del proceso, usa gráficas de control y comprueba causas con pruebas de hipótesis. Para acreditar el cinturón presentas los resultados de un proyecto real ante tu patrocinador y el instructor.",
            "en": "Lead a complete DMAIC project in your area: write the charter, measure process capability, use control charts and confirm causes with hypothesis tests. To earn the belt you present the results of a real project to your sponsor and the instructor.",
        },
        "outcomes": {
            "es": [
                "Redactar un acta de proyecto con problema, meta, alcance y beneficio económico.",
                "Seleccionar e interpretar la gráfica de control adecuada para cada tipo de dato.",
                "Plantear y resolver pruebas de hipótesis para comparar medias, varianzas y proporciones.",
                "Documentar un proyecto DMAIC con evidencia estadística y un plan de control.",
            ],
            "en": [
                "Write a project charter with problem, goal, scope and financial benefit.",
                "Select and interpret the right control chart for each type of data.",
                "Set up and solve hypothesis tests to compare means, variances and proportions.",
                "Document a DMAIC project with statistical evidence and a control plan.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros y técnicos con un Yellow Belt que dirigirán proyectos de mejora de tiempo parcial en su propia área.",
            "en": "For engineers and technicians holding a Yellow Belt who will lead part-time improvement projects in their own area.",
        },
        "faq": [
            {
                "q": {"es": "¿Qué software se usa?", "en": "What software is used?"},
                "a": {
                    "es": "Los ejercicios se pueden resolver en una hoja de cálculo o en cualquier paquete estadístico. El instructor muestra ejemplos en Minitab y en herramientas gratuitas como R o JASP.",
                    "en": "The exercises can be solved in a spreadsheet or any statistics package. The instructor shows examples in Minitab and in free tools such as R or JASP.",
                },
            },
            {
                "q": {
                    "es": "¿Cuánto tiempo tengo para terminar mi proyecto?",
                    "en": "How long do I have to finish my project?",
                },
                "a": {
                    "es": "Tienes hasta seis meses después de la última sesión presencial para presentar tu proyecto. Un proyecto Green Belt típico dura de tres a cuatro meses.",
                    "en": "You have up to six months after the last in-person session to present your project. A typical Green Belt project takes three to four months.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Definir", "en": "Module 1: Define"},
                "title": {"es": "El acta del proyecto", "en": "The project charter"},
                "slug": {"es": "acta-del-proyecto", "en": "project-charter"},
                "summary": {
                    "es": "Aprende a escribir un acta de proyecto que tu patrocinador pueda aprobar y tu equipo pueda cumplir.",
                    "en": "Learn to write a project charter that your sponsor can approve and your team can deliver.",
                },
                "paragraphs": {
                    "es": [
                        "El acta del proyecto, o project charter, es el contrato entre el equipo y el patrocinador. Contiene el caso de negocio, la declaración del problema, la meta, el alcance, el equipo y un calendario por fases. Parece un trámite, pero la mayoría de los proyectos que fracasan lo hacen por un acta mal planteada: un problema vago, una meta sin línea base o un alcance que nadie acotó. Dedicar una semana a redactarla bien ahorra meses de trabajo en la dirección equivocada.",
                        "La declaración del problema describe qué pasa, dónde, desde cuándo y cuánto cuesta, sin sugerir causas ni soluciones. Por ejemplo: desde enero, la línea de estampado 3 genera 2.8 % de desperdicio por rebaba en el soporte del tablero, lo que equivale a 1.2 millones de pesos al año. Compárala con falta capacitar a los operadores, que ya supone una causa. La meta debe ser específica, medible y con fecha, como reducir el desperdicio a 1 % antes de octubre.",
                        "El alcance fija las fronteras del proyecto: qué productos, líneas, turnos y pasos del proceso incluye y cuáles no. Aquí sirve el SIPOC que aprendiste en el Yellow Belt. El caso de negocio traduce la meta a dinero o a indicadores del cliente y debe validarlo el área de finanzas. Por último, el acta nombra al patrocinador, al dueño del proceso y a los integrantes del equipo, y establece las fechas de revisión de cada fase de DMAIC.",
                    ],
                    "en": [
                        "The project charter is the contract between the team and the sponsor. It contains the business case, the problem statement, the goal, the scope, the team and a phase-by-phase schedule. It looks like paperwork, but most projects that fail do so because of a poorly framed charter: a vague problem, a goal with no baseline or a scope nobody narrowed down. Spending a week writing it well saves months of work in the wrong direction.",
                        "The problem statement describes what happens, where, since when and how much it costs, without suggesting causes or solutions. For example: since January, stamping line 3 has generated 2.8% scrap due to burrs on the dashboard bracket, equivalent to 1.2 million pesos a year. Compare it with operators need training, which already assumes a cause. The goal must be specific, measurable and dated, such as reducing scrap to 1% before October.",
                        "The scope sets the boundaries of the project: which products, lines, shifts and process steps it includes and which it does not. This is where the SIPOC you learned in the Yellow Belt helps. The business case translates the goal into money or customer indicators and should be validated by the finance department. Finally, the charter names the sponsor, the process owner and the team members, and sets the review dates for each DMAIC phase.",
                    ],
                },
                "callout": {
                    "es": "Regla práctica: si no puedes explicar el problema en dos renglones y con un número, el acta todavía no está lista.",
                    "en": "Rule of thumb: if you cannot explain the problem in two lines and with a number, the charter is not ready yet.",
                },
            },
            {
                "module": {"es": "Módulo 2: Medir", "en": "Module 2: Measure"},
                "title": {"es": "Gráficas de control", "en": "Control charts"},
                "slug": {"es": "graficas-de-control", "en": "control-charts"},
                "summary": {
                    "es": "Distingue las causas comunes de las especiales y elige la gráfica de control adecuada para tus datos.",
                    "en": "Tell common causes from special causes and choose the right control chart for your data.",
                },
                "paragraphs": {
                    "es": [
                        "Una gráfica de control muestra un dato del proceso a lo largo del tiempo junto con una línea central y dos límites de control, calculados normalmente a tres desviaciones estándar de la media. Fue propuesta por Walter Shewhart en los años veinte y sigue siendo la herramienta más útil para saber si un proceso es estable. Los límites de control salen de los datos del propio proceso; no son los límites de especificación del plano, y confundirlos es uno de los errores más comunes en planta.",
                        "Toda variación tiene causas comunes, que forman parte del proceso y generan un ruido constante, y causas especiales, que aparecen por un evento concreto como un cambio de lote de material, una herramienta desgastada o un ajuste mal hecho. Un punto fuera de los límites, una racha de siete u ocho puntos del mismo lado de la media o una tendencia sostenida indican una causa especial que hay que investigar. Reaccionar a cada punto dentro de los límites, en cambio, solo aumenta la variación.",
                        "La gráfica depende del tipo de dato. Para mediciones continuas tomadas en subgrupos, como cinco piezas por hora, se usa la gráfica de medias y rangos (X-barra R). Si solo tienes una medición por periodo, usa la gráfica de valores individuales y rango móvil (I-MR). Para datos de atributos, la gráfica p controla la proporción de piezas defectuosas y la gráfica u el número de defectos por unidad. Elegir bien la gráfica es tan importante como interpretarla.",
                    ],
                    "en": [
                        "A control chart shows a process variable over time together with a centre line and two control limits, usually calculated at three standard deviations from the mean. It was proposed by Walter Shewhart in the 1920s and is still the most useful tool for knowing whether a process is stable. Control limits come from the process's own data; they are not the specification limits on the drawing, and confusing the two is one of the most common mistakes on the shop floor.",
                        "All variation has common causes, which are part of the process and produce constant noise, and special causes, which appear because of a specific event such as a change of material batch, a worn tool or a badly made adjustment. A point outside the limits, a run of seven or eight points on the same side of the mean or a sustained trend signal a special cause that must be investigated. Reacting to every point within the limits, on the other hand, only increases variation.",
                        "The chart depends on the type of data. For continuous measurements taken in subgroups, such as five parts per hour, use the averages and ranges chart (X-bar R). If you only have one measurement per period, use the individuals and moving range chart (I-MR). For attribute data, the p chart tracks the proportion of defective parts and the u chart the number of defects per unit. Choosing the right chart is as important as interpreting it.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 3: Analizar", "en": "Module 3: Analyse"},
                "title": {"es": "Pruebas de hipótesis", "en": "Hypothesis testing"},
                "slug": {"es": "pruebas-de-hipotesis", "en": "hypothesis-testing"},
                "summary": {
                    "es": "Comprueba con datos si una causa sospechada realmente influye en el resultado del proceso.",
                    "en": "Check with data whether a suspected cause really affects the process outcome.",
                },
                "paragraphs": {
                    "es": [
                        "En la fase de Analizar el equipo suele tener una lista larga de causas posibles. Las pruebas de hipótesis permiten decidir cuáles tienen un efecto real y cuáles son coincidencia. Siempre se plantean dos hipótesis: la nula, que afirma que no hay diferencia, por ejemplo que dos moldes producen piezas con el mismo espesor promedio, y la alternativa, que afirma que sí la hay. La prueba calcula qué tan probable sería observar tus datos si la hipótesis nula fuera cierta.",
                        "Esa probabilidad es el valor p. Antes de recolectar datos se fija un nivel de significancia, normalmente 0.05. Si el valor p es menor, rechazas la hipótesis nula y concluyes que la diferencia es estadísticamente significativa. Hay dos riesgos: el error tipo I, concluir que hay diferencia cuando no la hay, y el error tipo II, no detectar una diferencia que sí existe. El tamaño de muestra controla este segundo riesgo, por eso conviene calcularlo antes de empezar.",
                        "La prueba depende de la pregunta. Para comparar la media de un grupo contra un valor objetivo se usa la prueba t de una muestra; para comparar dos grupos, la prueba t de dos muestras; para tres o más grupos, como los tres turnos de una línea, el análisis de varianza (ANOVA). Para comparar varianzas existen las pruebas F y de Levene, y para proporciones de defectuosos, la prueba de chi cuadrada. Recuerda que significancia estadística no siempre implica importancia práctica.",
                    ],
                    "en": [
                        "In the Analyse phase the team usually has a long list of possible causes. Hypothesis tests let you decide which have a real effect and which are coincidence. Two hypotheses are always stated: the null, which claims there is no difference, for example that two moulds produce parts with the same average thickness, and the alternative, which claims there is. The test calculates how likely it would be to observe your data if the null hypothesis were true.",
                        "That probability is the p-value. Before collecting data you set a significance level, usually 0.05. If the p-value is lower, you reject the null hypothesis and conclude that the difference is statistically significant. There are two risks: a type I error, concluding there is a difference when there is none, and a type II error, failing to detect a difference that does exist. Sample size controls this second risk, which is why you should calculate it before starting.",
                        "The test depends on the question. To compare the mean of one group against a target value you use the one-sample t-test; to compare two groups, the two-sample t-test; for three or more groups, such as the three shifts of a line, analysis of variance (ANOVA). To compare variances there are the F and Levene tests, and for proportions of defectives, the chi-square test. Remember that statistical significance does not always mean practical importance.",
                    ],
                },
                "callout": {
                    "es": "Antes de cualquier prueba, grafica tus datos. Un histograma o una gráfica de caja te mostrarán valores atípicos y formas extrañas que un valor p no revela.",
                    "en": "Before any test, plot your data. A histogram or a box plot will show you outliers and odd shapes that a p-value does not reveal.",
                },
            },
        ],
    },
    {
        "key": "ss-black",
        "code": "SS-BB",
        "programme": "six-sigma",
        "path_order": 4,
        "prerequisites": ["ss-green"],
        "cluster": None,
        "discipline": "quality",
        "level": "expert",
        "modality": "in_person",
        "languages": "es",
        "audience": ["engineer"],
        "hours": "120",
        "min_attendance_percent": 85,
        "min_hours": "102",
        "pass_mark": 80,
        "min_lessons_percent": 50,
        "dc3_thematic_area": "1000",
        "instructors": ["mariana-villarreal"],
        "title": {"es": "Six Sigma Black Belt", "en": "Six Sigma Black Belt"},
        "slug": {"es": "six-sigma-black-belt", "en": "six-sigma-black-belt"},
        "summary": {
            "es": "Domina el diseño de experimentos y aprende a dirigir un portafolio de proyectos alineado con los objetivos de la dirección. Al terminar serás capaz de asesorar a Green Belts y de sostener un programa Six Sigma en tu empresa.",
            "en": "Master design of experiments and learn to run a portfolio of projects aligned with management's objectives. When you finish you will be able to coach Green Belts and sustain a Six Sigma programme in your company.",
        },
        "outcomes": {
            "es": [
                "Planear, ejecutar y analizar diseños factoriales completos y fraccionados.",
                "Optimizar un proceso con metodología de superficie de respuesta.",
                "Desplegar objetivos de calidad de la dirección hasta proyectos y métricas de línea.",
                "Asesorar a Green Belts y revisar sus proyectos en cada fase de DMAIC.",
            ],
            "en": [
                "Plan, run and analyse full and fractional factorial designs.",
                "Optimise a process with response surface methodology.",
                "Deploy management's quality objectives down to projects and line metrics.",
                "Coach Green Belts and review their projects at each DMAIC phase.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros con Green Belt y al menos un proyecto concluido que dedicarán buena parte de su tiempo a la mejora continua.",
            "en": "For engineers holding a Green Belt with at least one completed project who will devote much of their time to continuous improvement.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Cómo se acredita el Black Belt?",
                    "en": "How is the Black Belt earned?",
                },
                "a": {
                    "es": "Necesitas aprobar el examen final con 80 o más, cumplir la asistencia mínima y presentar dos proyectos con beneficios validados por finanzas, uno de ellos con diseño de experimentos.",
                    "en": "You need to pass the final exam with 80 or more, meet the minimum attendance and present two projects with benefits validated by finance, one of them using design of experiments.",
                },
            },
            {
                "q": {
                    "es": "¿Las sesiones se imparten en un solo clúster?",
                    "en": "Are the sessions held at a single cluster?",
                },
                "a": {
                    "es": "No. El Black Belt es un curso de la red: las sesiones rotan entre las sedes de los clústeres participantes y los viáticos corren por cuenta de cada empresa.",
                    "en": "No. The Black Belt is a network course: sessions rotate among the venues of the participating clusters and travel expenses are covered by each company.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Experimentación", "en": "Module 1: Experimentation"},
                "title": {
                    "es": "Diseño de experimentos (DOE)",
                    "en": "Design of experiments (DOE)",
                },
                "slug": {"es": "diseno-de-experimentos", "en": "design-of-experiments"},
                "summary": {
                    "es": "Descubre cómo varios factores afectan al mismo tiempo un resultado, con el menor número de corridas.",
                    "en": "Find out how several factors affect an outcome at the same time, with the fewest runs.",
                },
                "paragraphs": {
                    "es": [
                        "El diseño de experimentos (DOE) es la forma más eficiente de entender cómo influyen varios factores en una respuesta. La práctica común de mover un factor a la vez es lenta y, sobre todo, no detecta interacciones: por ejemplo, que la temperatura del molde solo afecte la contracción cuando la presión de sostenimiento es baja. Un experimento diseñado cambia varios factores al mismo tiempo siguiendo un plan, y el análisis separa el efecto de cada uno y de sus combinaciones.",
                        "El punto de partida es el diseño factorial 2 a la k, donde cada uno de los k factores se prueba en un nivel bajo y uno alto. Con tres factores se necesitan ocho corridas; con siete factores serían 128, por lo que se usan diseños fraccionados que estudian los efectos principales con una fracción de las corridas, a cambio de confundir algunas interacciones de orden alto. Este tipo de diseño se usa primero para filtrar cuáles factores realmente importan.",
                        "Tres principios protegen la validez del experimento. La aleatorización del orden de las corridas evita que factores ocultos, como el calentamiento de la máquina, se confundan con los efectos estudiados. La réplica permite estimar el error experimental. Y el bloqueo separa fuentes de variación conocidas, como el lote de materia prima o el turno. Cuando ya identificaste los factores clave, la metodología de superficie de respuesta te ayuda a encontrar los valores óptimos de operación.",
                    ],
                    "en": [
                        "Design of experiments (DOE) is the most efficient way to understand how several factors influence a response. The common practice of changing one factor at a time is slow and, above all, does not detect interactions: for example, that mould temperature only affects shrinkage when holding pressure is low. A designed experiment changes several factors at once following a plan, and the analysis separates the effect of each one and of their combinations.",
                        "The starting point is the 2 to the k factorial design, where each of the k factors is tested at a low and a high level. With three factors you need eight runs; with seven factors it would be 128, so fractional designs are used to study the main effects with a fraction of the runs, at the price of confounding some high-order interactions. This type of design is used first to screen which factors really matter.",
                        "Three principles protect the validity of the experiment. Randomising the run order prevents hidden factors, such as the machine warming up, from being confused with the effects under study. Replication makes it possible to estimate experimental error. And blocking separates known sources of variation, such as the raw-material batch or the shift. Once you have identified the key factors, response surface methodology helps you find the optimal operating values.",
                    ],
                },
                "callout": {
                    "es": "Antes de experimentar en producción, acuerda con el dueño del proceso cómo se identificarán y segregarán las piezas de cada corrida.",
                    "en": "Before experimenting in production, agree with the process owner how the parts from each run will be identified and segregated.",
                },
            },
            {
                "module": {
                    "es": "Módulo 2: Liderar el despliegue",
                    "en": "Module 2: Leading the deployment",
                },
                "title": {
                    "es": "Despliegue de objetivos y selección de proyectos",
                    "en": "Policy deployment and project selection",
                },
                "slug": {"es": "despliegue-de-objetivos", "en": "policy-deployment"},
                "summary": {
                    "es": "Conecta la estrategia de la dirección con un portafolio de proyectos y con los indicadores de cada línea.",
                    "en": "Connect management's strategy with a portfolio of projects and with the indicators of each line.",
                },
                "paragraphs": {
                    "es": [
                        "Un Black Belt no solo resuelve problemas: ayuda a la organización a elegir cuáles resolver. El despliegue de objetivos, conocido también como hoshin kanri, parte de unas pocas metas anuales de la dirección, como reducir a la mitad los reclamos del cliente o bajar el costo de mala calidad, y las descompone en objetivos para cada área. La matriz X es una herramienta útil para mostrar en una sola hoja cómo se relacionan metas, prioridades, proyectos, indicadores y responsables.",
                        "Con esos objetivos se construye un portafolio de proyectos. Cada propuesta se evalúa por su impacto en el cliente y en el negocio, la disponibilidad de datos, el esfuerzo requerido y el riesgo. Los problemas grandes y complejos son para Black Belts; los problemas acotados en un área, para Green Belts; y las mejoras de solución conocida se resuelven con acciones rápidas o eventos kaizen. Un portafolio equilibrado evita saturar a las mismas personas y muestra resultados desde los primeros meses.",
                        "Sostener el programa es la parte más difícil. Requiere revisiones periódicas con los patrocinadores, un registro de proyectos con beneficios validados por finanzas y un plan de formación que asegure relevos. Como Black Belt, también asesorarás a Green Belts: revisarás sus actas, sus análisis y sus planes de control, y los ayudarás a presentar ante la dirección. Cuando los operadores ven que sus indicadores diarios se conectan con las metas de la empresa, la calidad deja de ser tarea de un solo departamento.",
                    ],
                    "en": [
                        "A Black Belt does not only solve problems: they help the organisation choose which ones to solve. Policy deployment, also known as hoshin kanri, starts from a few annual management goals, such as halving customer complaints or lowering the cost of poor quality, and breaks them down into objectives for each area. The X-matrix is a useful tool to show on a single page how goals, priorities, projects, indicators and owners relate to one another.",
                        "With those objectives a project portfolio is built. Each proposal is assessed on its impact on the customer and the business, the availability of data, the effort required and the risk. Large, complex problems are for Black Belts; problems confined to one area, for Green Belts; and improvements with a known solution are handled with quick actions or kaizen events. A balanced portfolio avoids overloading the same people and shows results from the first months.",
                        "Sustaining the programme is the hardest part. It requires periodic reviews with sponsors, a project register with benefits validated by finance and a training plan that ensures succession. As a Black Belt you will also coach Green Belts: you will review their charters, analyses and control plans, and help them present to management. When operators see that their daily indicators connect to the company's goals, quality stops being the job of a single department.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    # ------------------------------------------------------------------
    # Electromobility programme (network)
    # ------------------------------------------------------------------
    {
        "key": "ev-fundamentals",
        "code": "EM-101",
        "programme": "electromobility",
        "path_order": 1,
        "prerequisites": [],
        "cluster": None,
        "discipline": "electromobility",
        "level": "basic",
        "modality": "online",
        "languages": "es_en",
        "audience": ["student", "engineer", "technician", "operator"],
        "hours": "12",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["daniel-whitaker", "lucia-cardenas"],
        "title": {
            "es": "Fundamentos del vehículo eléctrico",
            "en": "Electric vehicle fundamentals",
        },
        "slug": {"es": "fundamentos-vehiculo-electrico", "en": "ev-fundamentals"},
        "summary": {
            "es": "Conoce los tipos de vehículos electrificados, sus componentes principales y cómo fluye la energía desde el cargador hasta las ruedas. Es la puerta de entrada al programa de Electromovilidad y el requisito para los demás cursos.",
            "en": "Get to know the types of electrified vehicles, their main components and how energy flows from the charger to the wheels. It is the gateway to the Electromobility programme and the prerequisite for the other courses.",
        },
        "outcomes": {
            "es": [
                "Distinguir entre vehículos híbridos, híbridos conectables, eléctricos de batería y de celda de combustible.",
                "Identificar los componentes del tren motriz eléctrico y su función.",
                "Explicar las ventajas y retos de las arquitecturas de 400 y 800 volts.",
                "Reconocer qué partes y habilidades cambian en una planta que produce vehículos eléctricos.",
            ],
            "en": [
                "Tell apart hybrid, plug-in hybrid, battery electric and fuel cell vehicles.",
                "Identify the components of the electric powertrain and their function.",
                "Explain the advantages and challenges of 400 and 800 volt architectures.",
                "Recognise which parts and skills change in a plant that builds electric vehicles.",
            ],
        },
        "audience_text": {
            "es": "Para estudiantes de universidades tecnológicas y para personal de planta que empieza a trabajar con vehículos eléctricos o sus componentes.",
            "en": "For technical university students and plant staff starting to work with electric vehicles or their components.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Este curso me autoriza a trabajar con alto voltaje?",
                    "en": "Does this course authorise me to work with high voltage?",
                },
                "a": {
                    "es": "No. Es un curso teórico de introducción. Para manipular sistemas de alto voltaje necesitas aprobar el curso presencial de seguridad en alto voltaje y la autorización de tu empresa.",
                    "en": "No. It is an introductory theory course. To handle high-voltage systems you must pass the in-person high-voltage safety course and be authorised by your company.",
                },
            },
            {
                "q": {
                    "es": "¿Puedo tomarlo si todavía estudio?",
                    "en": "Can I take it while I am still studying?",
                },
                "a": {
                    "es": "Sí. El curso está abierto a estudiantes de las universidades con convenio con cualquiera de los clústeres de la red; regístrate con tu correo institucional.",
                    "en": "Yes. The course is open to students of universities with an agreement with any cluster in the network; register with your university email address.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Arquitecturas", "en": "Module 1: Architectures"},
                "title": {
                    "es": "Tipos de vehículos electrificados y sus componentes",
                    "en": "Types of electrified vehicles and their components",
                },
                "slug": {"es": "tipos-y-componentes", "en": "types-and-components"},
                "summary": {
                    "es": "Diferencia los tipos de vehículos electrificados y recorre los componentes de un vehículo eléctrico de batería.",
                    "en": "Tell the types of electrified vehicles apart and walk through the components of a battery electric vehicle.",
                },
                "paragraphs": {
                    "es": [
                        "No todos los vehículos electrificados son iguales. El híbrido convencional (HEV) tiene un motor de combustión y una batería pequeña que se recarga al frenar; no se conecta a la red. El híbrido conectable (PHEV) lleva una batería mayor que se carga desde un enchufe y permite recorrer decenas de kilómetros solo con electricidad. El eléctrico de batería (BEV) depende únicamente de su batería, y el vehículo de celda de combustible (FCEV) genera su electricidad a partir de hidrógeno.",
                        "En un vehículo eléctrico de batería, el paquete de alto voltaje almacena la energía. El inversor de tracción la convierte de corriente directa a corriente alterna trifásica para alimentar el motor eléctrico, que mueve las ruedas a través de una reducción de una sola velocidad. El cargador a bordo convierte la corriente alterna de la red en corriente directa para cargar la batería, y un convertidor DC-DC alimenta el sistema de 12 volts que usan luces, pantallas y módulos de control.",
                        "Todo el sistema se coordina mediante una unidad de control del vehículo y un sistema de gestión térmica que mantiene la batería, el inversor y el motor en su rango de temperatura. Al frenar, el motor funciona como generador y devuelve energía a la batería; esto se llama frenado regenerativo. Gracias a ello y a la alta eficiencia del motor eléctrico, un BEV aprovecha en las ruedas una proporción de la energía almacenada mucho mayor que un vehículo de gasolina.",
                    ],
                    "en": [
                        "Not all electrified vehicles are the same. A conventional hybrid (HEV) has a combustion engine and a small battery that recharges when braking; it is not plugged into the grid. A plug-in hybrid (PHEV) carries a larger battery that charges from a socket and can travel tens of kilometres on electricity alone. A battery electric vehicle (BEV) depends only on its battery, and a fuel cell vehicle (FCEV) generates its electricity from hydrogen.",
                        "In a battery electric vehicle, the high-voltage pack stores the energy. The traction inverter converts it from direct current to three-phase alternating current to feed the electric motor, which drives the wheels through a single-speed reduction gear. The on-board charger converts alternating current from the grid into direct current to charge the battery, and a DC-DC converter supplies the 12 volt system used by lights, displays and control modules.",
                        "The whole system is coordinated by a vehicle control unit and a thermal management system that keeps the battery, inverter and motor within their temperature range. When braking, the motor acts as a generator and returns energy to the battery; this is called regenerative braking. Thanks to this and to the high efficiency of the electric motor, a BEV delivers to the wheels a much larger share of its stored energy than a petrol vehicle does.",
                    ],
                },
                "callout": {
                    "es": "Los cables de alto voltaje de casi todos los vehículos eléctricos son de color naranja. Si ves uno, no lo toques ni lo desconectes sin la formación y autorización correspondientes.",
                    "en": "The high-voltage cables of almost all electric vehicles are orange. If you see one, do not touch or disconnect it without the corresponding training and authorisation.",
                },
            },
            {
                "module": {"es": "Módulo 2: Tren motriz", "en": "Module 2: Powertrain"},
                "title": {
                    "es": "Motores eléctricos y arquitecturas de voltaje",
                    "en": "Electric motors and voltage architectures",
                },
                "slug": {"es": "motores-y-voltajes", "en": "motors-and-voltages"},
                "summary": {
                    "es": "Compara los principales tipos de motor de tracción y entiende por qué la industria migra hacia 800 volts.",
                    "en": "Compare the main types of traction motor and understand why the industry is moving towards 800 volts.",
                },
                "paragraphs": {
                    "es": [
                        "El motor más usado en vehículos eléctricos es el síncrono de imanes permanentes, que ofrece alta eficiencia y mucha potencia en poco volumen gracias a imanes de neodimio. El motor de inducción no usa imanes, es robusto y más barato, aunque algo menos eficiente a carga parcial. El motor síncrono de rotor bobinado sustituye los imanes por un devanado alimentado con corriente, lo que reduce la dependencia de tierras raras. Todos entregan par máximo desde cero revoluciones, por eso basta una sola relación de reducción.",
                        "La mayoría de los vehículos eléctricos trabaja con baterías de alrededor de 400 volts, pero cada vez más modelos adoptan arquitecturas de 800 volts. Para la misma potencia, duplicar el voltaje reduce la corriente a la mitad. Eso permite cables más delgados y ligeros, menos pérdidas por calor y cargas rápidas de mayor potencia. A cambio, los componentes deben soportar voltajes más altos, lo que ha impulsado el uso de semiconductores de carburo de silicio en inversores y cargadores.",
                        "Para la industria mexicana, la electrificación cambia la lista de partes. Desaparecen el tanque de combustible, el escape y buena parte de la transmisión, mientras aparecen carcasas de batería de aluminio, barras colectoras, arneses de alto voltaje, placas de enfriamiento, inversores y motores. La carrocería, los asientos y los interiores siguen siendo necesarios, y muchas de las piezas nuevas pueden fabricarse con procesos que las plantas del país ya dominan, como estampado, fundición, inyección de plásticos y ensamble de arneses. El reto para los proveedores es adaptar procesos y formar a su personal, empezando por la seguridad en alto voltaje.",
                    ],
                    "en": [
                        "The most common motor in electric vehicles is the permanent magnet synchronous motor, which offers high efficiency and a lot of power in a small volume thanks to neodymium magnets. The induction motor uses no magnets, is robust and cheaper, though somewhat less efficient at partial load. The wound-rotor synchronous motor replaces the magnets with a winding fed with current, reducing dependence on rare earths. All of them deliver maximum torque from zero revolutions, which is why a single reduction ratio is enough.",
                        "Most electric vehicles work with batteries of around 400 volts, but more and more models are adopting 800 volt architectures. For the same power, doubling the voltage halves the current. That allows thinner and lighter cables, lower heat losses and higher-power fast charging. In exchange, components must withstand higher voltages, which has driven the use of silicon carbide semiconductors in inverters and chargers.",
                        "For Mexican industry, electrification changes the parts list. The fuel tank, the exhaust and much of the transmission disappear, while aluminium battery housings, busbars, high-voltage harnesses, cooling plates, inverters and motors appear. The body, seats and interiors are still needed, and many of the new parts can be made with processes that the country's plants already master, such as stamping, casting, plastic injection moulding and harness assembly. The challenge for suppliers is to adapt their processes and train their staff, starting with high-voltage safety.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    {
        "key": "ev-hv-safety",
        "code": "EM-102",
        "programme": "electromobility",
        "path_order": 2,
        "prerequisites": ["ev-fundamentals"],
        "cluster": None,
        "discipline": "industrial-safety",
        "level": "intermediate",
        "modality": "in_person",
        "languages": "es",
        "audience": ["technician", "engineer", "operator"],
        "hours": "16",
        "min_attendance_percent": 90,
        "min_hours": "14.4",
        "pass_mark": 80,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "6000",
        "instructors": ["lucia-cardenas"],
        "title": {
            "es": "Seguridad en sistemas de alto voltaje",
            "en": "High-voltage systems safety",
        },
        "slug": {"es": "seguridad-alto-voltaje", "en": "high-voltage-safety"},
        "summary": {
            "es": "Aprende a reconocer los riesgos del alto voltaje, a desenergizar un vehículo eléctrico de forma segura y a actuar ante una emergencia. Incluye práctica supervisada con equipo de protección personal y un vehículo de entrenamiento.",
            "en": "Learn to recognise high-voltage hazards, to de-energise an electric vehicle safely and to act in an emergency. It includes supervised practice with personal protective equipment and a training vehicle.",
        },
        "outcomes": {
            "es": [
                "Identificar los peligros eléctricos, térmicos y químicos de los sistemas de alto voltaje.",
                "Ejecutar un procedimiento de desenergización con bloqueo, etiquetado y verificación de ausencia de voltaje.",
                "Seleccionar, inspeccionar y usar el equipo de protección personal adecuado.",
                "Aplicar el protocolo de rescate y de manejo de vehículos o baterías dañadas.",
            ],
            "en": [
                "Identify the electrical, thermal and chemical hazards of high-voltage systems.",
                "Carry out a de-energisation procedure with lockout, tagout and verification of absence of voltage.",
                "Select, inspect and use the appropriate personal protective equipment.",
                "Apply the rescue protocol and the handling of damaged vehicles or batteries.",
            ],
        },
        "audience_text": {
            "es": "Para técnicos, ingenieros y operadores que ensamblan, prueban, reparan o mueven vehículos eléctricos y sus componentes de alto voltaje.",
            "en": "For technicians, engineers and operators who assemble, test, repair or move electric vehicles and their high-voltage components.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Tengo que llevar mi propio equipo de protección?",
                    "en": "Do I have to bring my own protective equipment?",
                },
                "a": {
                    "es": "No. La sede proporciona guantes dieléctricos, protectores, caretas y herramientas aisladas para la práctica. Solo debes presentarte con calzado de seguridad dieléctrico y ropa de algodón.",
                    "en": "No. The venue provides insulating gloves, protectors, face shields and insulated tools for the practice. You only need to arrive wearing dielectric safety footwear and cotton clothing.",
                },
            },
            {
                "q": {
                    "es": "¿La constancia me habilita para trabajar en cualquier empresa?",
                    "en": "Does the certificate qualify me to work at any company?",
                },
                "a": {
                    "es": "La constancia acredita tu formación, pero cada empresa debe autorizarte por escrito según sus procedimientos y la NOM-029-STPS-2011. Se recomienda un repaso anual.",
                    "en": "The certificate proves your training, but each company must authorise you in writing according to its procedures and NOM-029-STPS-2011. An annual refresher is recommended.",
                },
            },
        ],
        "lessons": [
            {
                "module": {
                    "es": "Módulo 1: Conocer el riesgo",
                    "en": "Module 1: Knowing the hazard",
                },
                "title": {
                    "es": "Riesgos del alto voltaje en vehículos eléctricos",
                    "en": "High-voltage hazards in electric vehicles",
                },
                "slug": {"es": "riesgos-alto-voltaje", "en": "high-voltage-hazards"},
                "summary": {
                    "es": "Entiende qué se considera alto voltaje en un vehículo y cómo afecta la corriente eléctrica al cuerpo humano.",
                    "en": "Understand what counts as high voltage in a vehicle and how electric current affects the human body.",
                },
                "paragraphs": {
                    "es": [
                        "En la regulación vehicular, como el Reglamento 100 de la ONU, se considera alto voltaje cualquier circuito que trabaje por encima de 60 volts de corriente directa o de 30 volts de corriente alterna. Los paquetes de baterías de los vehículos eléctricos operan normalmente entre 300 y 800 volts, muy por encima de esos valores. Los componentes y cables de alto voltaje se identifican con color naranja y etiquetas de advertencia. Recuerda que una batería nunca se apaga por completo: sus celdas siempre conservan energía.",
                        "Lo que daña al cuerpo es la corriente que lo atraviesa, y esta depende del voltaje y de la resistencia del cuerpo, que baja mucho con la piel húmeda o con sudor. Unas cuantas decenas de miliamperes que pasen por el pecho pueden provocar fibrilación ventricular, un paro cardiaco que se produce en fracciones de segundo. Además, la corriente causa quemaduras internas a lo largo de su trayectoria y contracciones musculares que pueden impedir soltar el conductor o provocar caídas.",
                        "El choque eléctrico no es el único peligro. Un cortocircuito accidental con una herramienta puede generar un arco eléctrico con temperaturas de miles de grados y proyección de metal fundido. Los capacitores del inversor pueden conservar carga varios minutos después de desconectar la batería. Una celda dañada puede liberar electrolito corrosivo y gases inflamables. Y los motores de imanes permanentes generan campos magnéticos intensos, peligrosos para personas con marcapasos, y pueden producir voltaje si el rotor gira.",
                    ],
                    "en": [
                        "In vehicle regulations, such as UN Regulation No. 100, high voltage means any circuit working above 60 volts direct current or 30 volts alternating current. The battery packs of electric vehicles normally operate between 300 and 800 volts, far above those values. High-voltage components and cables are identified by their orange colour and warning labels. Remember that a battery never switches off completely: its cells always retain energy.",
                        "What harms the body is the current flowing through it, and that depends on the voltage and on the body's resistance, which drops sharply with wet or sweaty skin. A few tens of milliamperes passing through the chest can cause ventricular fibrillation, a cardiac arrest that happens in fractions of a second. Current also causes internal burns along its path and muscle contractions that can prevent you from letting go of the conductor or cause falls.",
                        "Electric shock is not the only hazard. An accidental short circuit with a tool can create an electric arc with temperatures of thousands of degrees and spatter of molten metal. The inverter capacitors can hold their charge for several minutes after the battery is disconnected. A damaged cell can release corrosive electrolyte and flammable gases. And permanent magnet motors create strong magnetic fields, dangerous for people with pacemakers, and can produce voltage if the rotor turns.",
                    ],
                },
                "callout": {
                    "es": "Si usas marcapasos u otro dispositivo médico implantado, avisa al instructor antes de la práctica; no debes manipular motores ni rotores de imanes permanentes.",
                    "en": "If you have a pacemaker or another implanted medical device, tell the instructor before the practice; you must not handle permanent magnet motors or rotors.",
                },
            },
            {
                "module": {"es": "Módulo 2: Trabajo seguro", "en": "Module 2: Safe work"},
                "title": {
                    "es": "Desenergización y equipo de protección personal",
                    "en": "De-energisation and personal protective equipment",
                },
                "slug": {"es": "desenergizacion-y-epp", "en": "de-energisation-and-ppe"},
                "summary": {
                    "es": "Sigue paso a paso un procedimiento de desenergización y aprende a elegir e inspeccionar tu equipo de protección.",
                    "en": "Follow a de-energisation procedure step by step and learn to choose and inspect your protective equipment.",
                },
                "paragraphs": {
                    "es": [
                        "No todas las personas pueden hacer lo mismo frente a un vehículo eléctrico. Quien solo trabaja cerca de él, como un operador de patio, necesita formación de sensibilización para reconocer los riesgos. Desenergizar el sistema es tarea de un técnico calificado y autorizado por escrito, y el trabajo con componentes energizados queda reservado a especialistas con procedimientos específicos. En México, la NOM-029-STPS-2011 exige procedimientos de seguridad, autorizaciones y equipo adecuado para el mantenimiento de instalaciones eléctricas.",
                        "Un procedimiento típico empieza por identificar el vehículo y consultar las instrucciones del fabricante. Después se apaga el encendido y se aleja la llave, se desconecta la batería de 12 volts y se retira el desconectador de servicio, que guardas contigo. Colocas tu candado y tu etiqueta personales, esperas el tiempo de descarga indicado y verificas la ausencia de voltaje en los puntos especificados con un multímetro categoría III o IV, probándolo antes y después en una fuente conocida.",
                        "El equipo de protección personal es la última barrera. Los guantes aislantes clase 0 soportan hasta 1,000 volts de corriente alterna y 1,500 volts de corriente directa, y siempre se usan con protectores de piel encima. Antes de cada uso se inflan con aire para detectar perforaciones y se revisa la fecha de su última prueba dieléctrica. Completan el equipo la careta con protección contra arco, el calzado dieléctrico, la ropa de algodón sin partes metálicas y herramientas aisladas para 1,000 volts. Retira anillos, relojes y cadenas.",
                    ],
                    "en": [
                        "Not everyone can do the same things around an electric vehicle. Someone who only works near it, such as a yard operator, needs awareness training to recognise the hazards. De-energising the system is the job of a qualified technician authorised in writing, and work on live components is reserved for specialists with specific procedures. In Mexico, NOM-029-STPS-2011 requires safety procedures, authorisations and suitable equipment for the maintenance of electrical installations.",
                        "A typical procedure starts by identifying the vehicle and consulting the manufacturer's instructions. Then the ignition is switched off and the key moved away, the 12 volt battery is disconnected and the service disconnect is removed and kept with you. You fit your personal lock and tag, wait for the specified discharge time and verify the absence of voltage at the specified points with a category III or IV multimeter, testing it before and after on a known source.",
                        "Personal protective equipment is the last barrier. Class 0 insulating gloves withstand up to 1,000 volts alternating current and 1,500 volts direct current, and are always worn with leather protectors on top. Before each use they are inflated with air to detect holes, and the date of their last dielectric test is checked. The kit is completed by an arc-rated face shield, dielectric footwear, cotton clothing without metal parts and tools insulated for 1,000 volts. Remove rings, watches and chains.",
                    ],
                },
                "callout": {
                    "es": "Nunca omitas la verificación de ausencia de voltaje, aunque el vehículo tenga el desconectador retirado. Un componente dañado puede seguir energizado.",
                    "en": "Never skip verifying the absence of voltage, even if the service disconnect has been removed. A damaged component can still be live.",
                },
            },
            {
                "module": {"es": "Módulo 3: Emergencias", "en": "Module 3: Emergencies"},
                "title": {
                    "es": "Respuesta a emergencias y vehículos dañados",
                    "en": "Emergency response and damaged vehicles",
                },
                "slug": {
                    "es": "emergencias-y-vehiculos-danados",
                    "en": "emergencies-and-damaged-vehicles",
                },
                "summary": {
                    "es": "Aprende a rescatar a una persona electrizada y a manejar vehículos o baterías con daños.",
                    "en": "Learn how to rescue a person in contact with electricity and how to handle damaged vehicles or batteries.",
                },
                "paragraphs": {
                    "es": [
                        "Si una persona queda en contacto con un conductor energizado, no la toques con las manos. Corta la energía si puedes hacerlo sin riesgo y, si no, sepárala con una pértiga o gancho de rescate aislante, que debe estar a la vista en cada estación de trabajo de alto voltaje. Llama al 911 y al equipo de emergencia de la planta, inicia reanimación cardiopulmonar si no respira y usa el desfibrilador automático. Toda persona que reciba una descarga debe ser valorada por un médico, aunque parezca estar bien.",
                        "Un vehículo o una batería que sufrió un choque, una caída o una inundación puede tener el aislamiento dañado y celdas comprometidas. Las señales de alerta son humo, silbidos, chasquidos, olor dulce o a solvente y calor en la zona de la batería. En ese caso, mantén a las personas alejadas, no intentes cargarlo ni moverlo sin autorización y trasládalo a un área de cuarentena al aire libre, separada de edificios y de otros vehículos, donde se monitoree su temperatura durante al menos 24 horas.",
                        "Un incendio de batería de litio es diferente a un incendio convencional. La fuga térmica genera su propio calor y gases tóxicos e inflamables, y puede reavivarse horas o incluso días después. Apagarlo requiere grandes cantidades de agua para enfriar las celdas y equipo de respiración autónomo. Por eso el plan de emergencia de la planta debe incluir escenarios con vehículos eléctricos, las hojas de rescate del fabricante, como las definidas en la norma ISO 17840, y simulacros coordinados con los bomberos locales.",
                    ],
                    "en": [
                        "If a person is in contact with a live conductor, do not touch them with your hands. Cut the power if you can do so safely and, if not, separate them with an insulating rescue hook or pole, which must be visible at every high-voltage workstation. Call 911 and the plant's emergency team, start cardiopulmonary resuscitation if they are not breathing and use the automated defibrillator. Anyone who receives a shock must be assessed by a doctor, even if they seem fine.",
                        "A vehicle or battery that has been in a crash, a fall or a flood may have damaged insulation and compromised cells. The warning signs are smoke, hissing, popping, a sweet or solvent smell and heat around the battery. In that case, keep people away, do not try to charge or move it without authorisation and take it to an outdoor quarantine area, separate from buildings and other vehicles, where its temperature is monitored for at least 24 hours.",
                        "A lithium battery fire is different from a conventional fire. Thermal runaway generates its own heat and toxic, flammable gases, and can reignite hours or even days later. Putting it out requires large amounts of water to cool the cells and self-contained breathing apparatus. That is why the plant's emergency plan must include scenarios with electric vehicles, the manufacturer's rescue sheets, such as those defined in ISO 17840, and drills coordinated with the local fire brigade.",
                    ],
                },
                "callout": {
                    "es": "Ubica hoy mismo dónde están el gancho de rescate, el desfibrilador y el área de cuarentena de tu planta.",
                    "en": "Find out today where your plant's rescue hook, defibrillator and quarantine area are.",
                },
            },
        ],
    },
    {
        "key": "ev-batteries",
        "code": "EM-201",
        "programme": "electromobility",
        "path_order": 3,
        "prerequisites": ["ev-hv-safety"],
        "cluster": None,
        "discipline": "electromobility",
        "level": "intermediate",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer", "technician", "student"],
        "hours": "24",
        "min_attendance_percent": 80,
        "min_hours": "19.2",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "5000",
        "instructors": ["lucia-cardenas", "daniel-whitaker"],
        "title": {"es": "Baterías para vehículos eléctricos", "en": "Electric vehicle batteries"},
        "slug": {"es": "baterias-vehiculos-electricos", "en": "ev-batteries"},
        "summary": {
            "es": "Recorre la batería de un vehículo eléctrico desde la celda hasta el paquete completo, entiende cómo la protege el sistema de gestión (BMS) y qué provoca una fuga térmica. La parte presencial incluye el desarmado guiado de un módulo de entrenamiento.",
            "en": "Follow an electric vehicle battery from the cell to the complete pack, understand how the battery management system (BMS) protects it and what causes thermal runaway. The in-person part includes the guided disassembly of a training module.",
        },
        "outcomes": {
            "es": [
                "Comparar las químicas NMC y LFP y los formatos cilíndrico, prismático y tipo bolsa.",
                "Calcular el voltaje, la capacidad y la energía de un paquete a partir de su configuración serie-paralelo.",
                "Describir las funciones de un BMS, incluido el balanceo de celdas.",
                "Explicar la cadena de eventos de una fuga térmica y las medidas para prevenirla.",
            ],
            "en": [
                "Compare NMC and LFP chemistries and the cylindrical, prismatic and pouch formats.",
                "Calculate the voltage, capacity and energy of a pack from its series-parallel configuration.",
                "Describe the functions of a BMS, including cell balancing.",
                "Explain the chain of events in thermal runaway and the measures to prevent it.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros, técnicos y estudiantes que diseñan, ensamblan, prueban o dan servicio a baterías de tracción.",
            "en": "For engineers, technicians and students who design, assemble, test or service traction batteries.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Por qué se pide el curso de seguridad en alto voltaje?",
                    "en": "Why is the high-voltage safety course required?",
                },
                "a": {
                    "es": "Porque en la sesión presencial trabajarás con módulos de baterías reales. Aunque estén a bajo estado de carga, conservan energía y exigen el procedimiento y el equipo de protección que aprendiste en ese curso.",
                    "en": "Because in the in-person session you will work with real battery modules. Even at a low state of charge they still hold energy and require the procedure and protective equipment you learned in that course.",
                },
            },
            {
                "q": {
                    "es": "¿Se aborda el reciclaje de baterías?",
                    "en": "Is battery recycling covered?",
                },
                "a": {
                    "es": "Sí, de forma introductoria en la sesión presencial: segunda vida en almacenamiento estacionario, almacenamiento seguro de baterías al final de su vida y recuperación de materiales.",
                    "en": "Yes, at an introductory level in the in-person session: second life in stationary storage, safe storage of end-of-life batteries and material recovery.",
                },
            },
        ],
        "lessons": [
            {
                "module": {
                    "es": "Módulo 1: De la celda al paquete",
                    "en": "Module 1: From cell to pack",
                },
                "title": {"es": "Celdas, módulos y paquetes", "en": "Cells, modules and packs"},
                "slug": {"es": "celdas-modulos-paquetes", "en": "cells-modules-packs"},
                "summary": {
                    "es": "Conoce cómo funciona una celda de ion litio y cómo se agrupan las celdas para formar un paquete de alto voltaje.",
                    "en": "Learn how a lithium-ion cell works and how cells are grouped to form a high-voltage pack.",
                },
                "paragraphs": {
                    "es": [
                        "Una celda de ion litio tiene un ánodo, normalmente de grafito, un cátodo de óxido metálico o de fosfato, un separador poroso y un electrolito. Al cargarla, los iones de litio viajan del cátodo al ánodo, y al descargarla regresan mientras los electrones circulan por el circuito externo. La química del cátodo define buena parte de su comportamiento: NMC (níquel, manganeso y cobalto) ofrece más energía por kilogramo y unos 3.6 volts nominales; LFP (litio, hierro y fosfato) es más estable, dura más ciclos, cuesta menos y trabaja a unos 3.2 volts.",
                        "Las celdas se fabrican en tres formatos. Las cilíndricas, como las 21700 o las 4680, tienen carcasa metálica, se producen a gran velocidad y disipan bien el calor, pero se necesitan miles para un paquete. Las prismáticas tienen carcasa rígida de aluminio y gran capacidad por celda, lo que simplifica el ensamble. Las tipo bolsa usan una lámina flexible, aprovechan muy bien el espacio y son ligeras, aunque requieren soporte mecánico externo y controlar su expansión durante los ciclos.",
                        "Para alcanzar el voltaje y la energía que necesita el vehículo, las celdas se conectan en serie y en paralelo. En serie se suman los voltajes: 96 celdas NMC en serie dan unos 350 volts. En paralelo se suman las capacidades. Una configuración 96s2p usa dos celdas en paralelo por cada posición. Las celdas se agrupan en módulos con barras colectoras y sensores, y los módulos forman el paquete, que añade carcasa, enfriamiento, contactores, fusibles y el BMS. Los diseños cell-to-pack eliminan el módulo intermedio.",
                    ],
                    "en": [
                        "A lithium-ion cell has an anode, usually graphite, a metal oxide or phosphate cathode, a porous separator and an electrolyte. When charging, lithium ions travel from the cathode to the anode, and when discharging they return while electrons flow through the external circuit. The cathode chemistry defines much of its behaviour: NMC (nickel, manganese and cobalt) offers more energy per kilogram and about 3.6 volts nominal; LFP (lithium iron phosphate) is more stable, lasts more cycles, costs less and works at about 3.2 volts.",
                        "Cells are made in three formats. Cylindrical cells, such as 21700 or 4680, have a metal can, are produced at high speed and dissipate heat well, but a pack needs thousands of them. Prismatic cells have a rigid aluminium case and high capacity per cell, which simplifies assembly. Pouch cells use a flexible foil, make very good use of space and are light, although they need external mechanical support and control of their swelling during cycling.",
                        "To reach the voltage and energy the vehicle needs, cells are connected in series and in parallel. In series the voltages add up: 96 NMC cells in series give about 350 volts. In parallel the capacities add up. A 96s2p configuration uses two cells in parallel at each position. Cells are grouped into modules with busbars and sensors, and the modules form the pack, which adds the housing, cooling, contactors, fuses and the BMS. Cell-to-pack designs remove the intermediate module.",
                    ],
                },
                "callout": {
                    "es": "Para estimar la energía de un paquete multiplica su voltaje nominal por su capacidad: 350 V por 150 Ah equivalen a unos 52 kWh.",
                    "en": "To estimate the energy of a pack, multiply its nominal voltage by its capacity: 350 V times 150 Ah is about 52 kWh.",
                },
            },
            {
                "module": {
                    "es": "Módulo 2: Gestión y seguridad",
                    "en": "Module 2: Management and safety",
                },
                "title": {"es": "BMS y fuga térmica", "en": "BMS and thermal runaway"},
                "slug": {"es": "bms-y-fuga-termica", "en": "bms-and-thermal-runaway"},
                "summary": {
                    "es": "Descubre cómo el sistema de gestión de la batería mantiene las celdas en su zona segura y qué ocurre cuando falla.",
                    "en": "Discover how the battery management system keeps cells within their safe zone and what happens when it fails.",
                },
                "paragraphs": {
                    "es": [
                        "El sistema de gestión de la batería, o BMS, es el guardián del paquete. Mide el voltaje de cada grupo de celdas, varias temperaturas y la corriente total, y con esos datos estima el estado de carga (SOC) y el estado de salud (SOH). Si detecta sobrevoltaje, bajo voltaje, sobrecorriente, temperatura excesiva o una falla de aislamiento, abre los contactores para aislar la batería. También se comunica con la unidad de control del vehículo y con el cargador, normalmente mediante bus CAN, para indicar cuánta potencia se puede entregar o recibir.",
                        "Ninguna celda es idéntica a otra: pequeñas diferencias de capacidad y de autodescarga hacen que, con el tiempo, unas queden más cargadas que otras. Como la celda más débil limita a todo el paquete, el BMS realiza el balanceo. El balanceo pasivo descarga las celdas más altas a través de resistencias, y el activo transfiere energía entre celdas. Junto con el sistema térmico, que enfría o calienta el paquete con placas de líquido refrigerante, el balanceo prolonga la vida útil de la batería.",
                        "La fuga térmica es una reacción en cadena que puede empezar por un defecto interno, una sobrecarga, un golpe o calor externo. Al subir la temperatura se descompone la capa protectora del ánodo, después se funde el separador y se produce un cortocircuito interno; en químicas como NMC el cátodo libera oxígeno y la celda puede incendiarse y expulsar gases tóxicos. El mayor riesgo es la propagación a las celdas vecinas, por eso los paquetes incluyen barreras térmicas, ventilación controlada y un BMS que detecta anomalías a tiempo.",
                    ],
                    "en": [
                        "The battery management system, or BMS, is the guardian of the pack. It measures the voltage of each cell group, several temperatures and the total current, and from those data it estimates the state of charge (SOC) and the state of health (SOH). If it detects overvoltage, undervoltage, overcurrent, excessive temperature or an insulation fault, it opens the contactors to isolate the battery. It also communicates with the vehicle control unit and the charger, usually over CAN bus, to indicate how much power can be delivered or received.",
                        "No cell is identical to another: small differences in capacity and self-discharge mean that, over time, some end up more charged than others. Because the weakest cell limits the whole pack, the BMS performs balancing. Passive balancing discharges the highest cells through resistors, and active balancing transfers energy between cells. Together with the thermal system, which cools or heats the pack with liquid coolant plates, balancing extends the battery's service life.",
                        "Thermal runaway is a chain reaction that can start with an internal defect, overcharging, an impact or external heat. As the temperature rises, the protective layer on the anode decomposes, then the separator melts and an internal short circuit occurs; in chemistries such as NMC the cathode releases oxygen and the cell can catch fire and vent toxic gases. The greatest risk is propagation to neighbouring cells, which is why packs include thermal barriers, controlled venting and a BMS that detects anomalies in time.",
                    ],
                },
                "callout": {
                    "es": "Una celda inflada, golpeada o que se calienta sin razón debe retirarse de inmediato a un contenedor de cuarentena. Nunca la perfores ni la abras.",
                    "en": "A swollen, dented or unexplainably hot cell must be moved immediately to a quarantine container. Never puncture or open it.",
                },
            },
        ],
    },
    {
        "key": "ev-power-electronics",
        "code": "EM-202",
        "programme": "electromobility",
        "path_order": 4,
        "prerequisites": ["ev-fundamentals"],
        "cluster": None,
        "discipline": "electromobility",
        "level": "advanced",
        "modality": "blended",
        "languages": "en",
        "audience": ["engineer", "student"],
        "hours": "32",
        "min_attendance_percent": 80,
        "min_hours": "25.6",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["daniel-whitaker"],
        "title": {
            "es": "Electrónica de potencia para vehículos eléctricos",
            "en": "Power electronics for electric vehicles",
        },
        "slug": {"es": "electronica-de-potencia", "en": "power-electronics"},
        "summary": {
            "es": "Entiende cómo funcionan el inversor de tracción, los convertidores DC-DC y el cargador a bordo, y por qué los semiconductores de carburo de silicio y nitruro de galio están cambiando su diseño. Las sesiones en vivo se imparten en inglés desde Texas State University; los materiales están en ambos idiomas.",
            "en": "Understand how the traction inverter, DC-DC converters and on-board charger work, and why silicon carbide and gallium nitride semiconductors are changing their design. The live sessions are taught in English from Texas State University; the materials are in both languages.",
        },
        "outcomes": {
            "es": [
                "Explicar cómo un inversor trifásico genera corriente alterna mediante modulación por ancho de pulso.",
                "Describir el control orientado al campo y el funcionamiento en modo regenerativo.",
                "Comparar topologías de convertidores DC-DC y de cargadores a bordo.",
                "Evaluar ventajas y retos de los semiconductores de SiC y GaN frente al silicio.",
            ],
            "en": [
                "Explain how a three-phase inverter generates alternating current through pulse-width modulation.",
                "Describe field-oriented control and operation in regenerative mode.",
                "Compare DC-DC converter and on-board charger topologies.",
                "Assess the advantages and challenges of SiC and GaN semiconductors compared with silicon.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros eléctricos y electrónicos y estudiantes de últimos semestres que diseñan, validan o fabrican electrónica de potencia.",
            "en": "For electrical and electronic engineers and final-year students who design, validate or manufacture power electronics.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Necesito dominar el inglés?",
                    "en": "Do I need to be fluent in English?",
                },
                "a": {
                    "es": "Basta con un nivel intermedio de comprensión. Las lecciones y los ejercicios están en español e inglés, y puedes hacer tus preguntas en español durante las sesiones.",
                    "en": "An intermediate level of comprehension is enough. The lessons and exercises are in Spanish and English, and you can ask your questions in Spanish during the sessions.",
                },
            },
            {
                "q": {
                    "es": "¿Qué conocimientos previos se esperan?",
                    "en": "What prior knowledge is expected?",
                },
                "a": {
                    "es": "Circuitos eléctricos, electrónica analógica básica y manejo de números complejos. Además del curso de fundamentos, conviene haber cursado una materia de máquinas eléctricas.",
                    "en": "Electrical circuits, basic analogue electronics and working with complex numbers. Besides the fundamentals course, it helps to have taken a course on electrical machines.",
                },
            },
        ],
        "lessons": [
            {
                "module": {
                    "es": "Módulo 1: El inversor de tracción",
                    "en": "Module 1: The traction inverter",
                },
                "title": {
                    "es": "Cómo funciona un inversor de tracción",
                    "en": "How a traction inverter works",
                },
                "slug": {"es": "inversor-de-traccion", "en": "traction-inverter"},
                "summary": {
                    "es": "Sigue la energía desde la batería hasta el motor a través de los interruptores de potencia del inversor.",
                    "en": "Follow the energy from the battery to the motor through the inverter's power switches.",
                },
                "paragraphs": {
                    "es": [
                        "El inversor de tracción convierte la corriente directa de la batería en corriente alterna trifásica de frecuencia y amplitud variables, que es lo que necesita el motor para girar a la velocidad y con el par que pide el conductor. Su núcleo son tres medios puentes, uno por fase, cada uno con dos interruptores de potencia. Un capacitor de enlace, normalmente de película, estabiliza el voltaje de entrada, y los controladores de compuerta activan los interruptores con aislamiento galvánico respecto del control.",
                        "Los interruptores se encienden y apagan miles de veces por segundo mediante modulación por ancho de pulso (PWM). Al variar la proporción de tiempo encendido se obtiene, en promedio, una onda senoidal en cada fase. El control orientado al campo usa la posición del rotor, medida con un resolver o un codificador, y las corrientes de fase para regular por separado el par y el flujo magnético. Cuando el vehículo frena, el mismo inversor invierte el flujo de potencia y recarga la batería.",
                        "En sistemas de 400 volts se han usado tradicionalmente transistores IGBT de silicio, que conmutan a frecuencias del orden de 10 kHz. Las arquitecturas de 800 volts y los diseños más eficientes migran a MOSFET de carburo de silicio, con menores pérdidas de conmutación y mayor temperatura de operación. Las pérdidas se dividen en pérdidas de conducción y de conmutación, y terminan como calor que debe extraerse con una placa base enfriada por líquido; el diseño térmico define buena parte del tamaño y la confiabilidad del inversor.",
                    ],
                    "en": [
                        "The traction inverter converts the battery's direct current into three-phase alternating current of variable frequency and amplitude, which is what the motor needs to turn at the speed and torque the driver demands. Its core is three half-bridges, one per phase, each with two power switches. A DC-link capacitor, usually a film type, stabilises the input voltage, and the gate drivers switch the transistors with galvanic isolation from the control side.",
                        "The switches turn on and off thousands of times per second using pulse-width modulation (PWM). By varying the proportion of on-time, an average sine wave is obtained in each phase. Field-oriented control uses the rotor position, measured with a resolver or an encoder, and the phase currents to regulate torque and magnetic flux separately. When the vehicle brakes, the same inverter reverses the power flow and recharges the battery.",
                        "In 400 volt systems, silicon IGBTs switching at frequencies of around 10 kHz have traditionally been used. 800 volt architectures and more efficient designs are moving to silicon carbide MOSFETs, with lower switching losses and a higher operating temperature. Losses divide into conduction and switching losses, and end up as heat that must be removed with a liquid-cooled baseplate; thermal design determines much of the inverter's size and reliability.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Conversión y semiconductores",
                    "en": "Module 2: Conversion and semiconductors",
                },
                "title": {
                    "es": "Convertidores DC-DC y semiconductores de banda ancha (SiC y GaN)",
                    "en": "DC-DC converters and wide-bandgap semiconductors (SiC and GaN)",
                },
                "slug": {"es": "convertidores-dc-dc-sic-gan", "en": "dc-dc-converters-sic-gan"},
                "summary": {
                    "es": "Conoce los convertidores que alimentan la red de bajo voltaje y cargan la batería, y los semiconductores que los hacen más pequeños.",
                    "en": "Learn about the converters that power the low-voltage network and charge the battery, and the semiconductors that make them smaller.",
                },
                "paragraphs": {
                    "es": [
                        "Un vehículo eléctrico no tiene alternador, así que un convertidor DC-DC toma energía de la batería de alto voltaje y la reduce a 12 o 48 volts para alimentar luces, módulos electrónicos, bombas y ventiladores. Por seguridad, este convertidor es aislado: usa un transformador de alta frecuencia entre el lado de alto y el de bajo voltaje, con topologías como el puente completo con desplazamiento de fase o el convertidor resonante LLC. Su potencia típica va de 2 a 4 kilowatts.",
                        "El cargador a bordo (OBC) convierte la corriente alterna de la red en la corriente directa que necesita la batería. Suele tener dos etapas: una de corrección del factor de potencia, que toma de la red una corriente senoidal en fase con el voltaje, y un convertidor DC-DC aislado que regula la corriente de carga según lo que pide el BMS. Los cargadores típicos van de 7 a 22 kilowatts, y cada vez más son bidireccionales para alimentar una casa o la red desde el vehículo.",
                        "El carburo de silicio (SiC) y el nitruro de galio (GaN) son semiconductores de banda ancha: su banda prohibida es unas tres veces mayor que la del silicio. Soportan campos eléctricos más intensos, por lo que, para el mismo voltaje, tienen menor resistencia y conmutan más rápido con menos pérdidas. El SiC domina en inversores de 800 volts; el GaN brilla en cargadores y convertidores de menor voltaje, donde su alta frecuencia permite transformadores más pequeños. A cambio, exigen cuidar la interferencia electromagnética y el diseño de las compuertas.",
                    ],
                    "en": [
                        "An electric vehicle has no alternator, so a DC-DC converter takes energy from the high-voltage battery and steps it down to 12 or 48 volts to power lights, electronic modules, pumps and fans. For safety, this converter is isolated: it uses a high-frequency transformer between the high- and low-voltage sides, with topologies such as the phase-shifted full bridge or the LLC resonant converter. Its typical power ranges from 2 to 4 kilowatts.",
                        "The on-board charger (OBC) converts alternating current from the grid into the direct current the battery needs. It usually has two stages: a power factor correction stage, which draws a sinusoidal current from the grid in phase with the voltage, and an isolated DC-DC converter that regulates the charging current according to what the BMS requests. Typical chargers range from 7 to 22 kilowatts, and more and more are bidirectional so that the vehicle can power a home or the grid.",
                        "Silicon carbide (SiC) and gallium nitride (GaN) are wide-bandgap semiconductors: their bandgap is about three times that of silicon. They withstand stronger electric fields, so for the same voltage they have lower resistance and switch faster with fewer losses. SiC dominates in 800 volt inverters; GaN shines in lower-voltage chargers and converters, where its high frequency allows smaller transformers. In exchange, they require careful attention to electromagnetic interference and gate drive design.",
                    ],
                },
                "callout": {
                    "es": "Regla útil: duplicar la frecuencia de conmutación reduce aproximadamente a la mitad el tamaño de los componentes magnéticos, pero aumenta las pérdidas de conmutación.",
                    "en": "Useful rule: doubling the switching frequency roughly halves the size of the magnetic components, but increases switching losses.",
                },
            },
        ],
    },
    {
        "key": "ev-charging",
        "code": "EM-203",
        "programme": "electromobility",
        "path_order": 5,
        "prerequisites": ["ev-fundamentals"],
        "cluster": None,
        "discipline": "electromobility",
        "level": "intermediate",
        "modality": "online",
        "languages": "es",
        "audience": ["engineer", "technician", "student"],
        "hours": "12",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "5000",
        "instructors": ["lucia-cardenas", "fernanda-rosales"],
        "title": {
            "es": "Infraestructura de carga para vehículos eléctricos",
            "en": "Electric vehicle charging infrastructure",
        },
        "slug": {"es": "infraestructura-de-carga", "en": "charging-infrastructure"},
        "summary": {
            "es": "Conoce los niveles de carga en corriente alterna y directa, los conectores que conviven en Norteamérica y el protocolo OCPP que permite administrar cargadores de distintos fabricantes. Verás cómo planear la carga de flotillas y vehículos de fin de línea dentro de una planta.",
            "en": "Learn about AC and DC charging levels, the connectors used side by side in North America and the OCPP protocol that lets you manage chargers from different manufacturers. You will see how to plan the charging of fleets and end-of-line vehicles inside a plant.",
        },
        "outcomes": {
            "es": [
                "Diferenciar la carga en corriente alterna de la carga rápida en corriente directa.",
                "Identificar los conectores J1772, CCS1, NACS (SAE J3400), CCS2, CHAdeMO y GB/T.",
                "Explicar la arquitectura y los mensajes principales de OCPP.",
                "Proponer una estrategia de carga inteligente que respete la demanda contratada de la planta.",
            ],
            "en": [
                "Tell AC charging apart from DC fast charging.",
                "Identify the J1772, CCS1, NACS (SAE J3400), CCS2, CHAdeMO and GB/T connectors.",
                "Explain the architecture and main messages of OCPP.",
                "Propose a smart charging strategy that respects the plant's contracted demand.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de instalaciones, técnicos de mantenimiento y estudiantes interesados en la infraestructura de carga.",
            "en": "For facilities engineers, maintenance technicians and students interested in charging infrastructure.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Este curso cubre la instalación eléctrica de cargadores?",
                    "en": "Does this course cover the electrical installation of chargers?",
                },
                "a": {
                    "es": "Da el panorama general, pero la instalación debe hacerla personal calificado conforme a la NOM-001-SEDE vigente y a las instrucciones del fabricante del cargador.",
                    "en": "It gives the general picture, but the installation must be done by qualified personnel in accordance with the current NOM-001-SEDE and the charger manufacturer's instructions.",
                },
            },
            {
                "q": {
                    "es": "¿Necesito saber programar para la lección de OCPP?",
                    "en": "Do I need to know how to program for the OCPP lesson?",
                },
                "a": {
                    "es": "No. La lección explica los conceptos y muestra ejemplos de mensajes; no es necesario escribir código.",
                    "en": "No. The lesson explains the concepts and shows sample messages; you do not need to write code.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Carga AC y DC", "en": "Module 1: AC and DC charging"},
                "title": {
                    "es": "Niveles, modos y conectores de carga",
                    "en": "Charging levels, modes and connectors",
                },
                "slug": {"es": "niveles-y-conectores", "en": "levels-and-connectors"},
                "summary": {
                    "es": "Compara la carga en corriente alterna y en corriente directa y reconoce los conectores de cada mercado.",
                    "en": "Compare AC and DC charging and recognise the connectors used in each market.",
                },
                "paragraphs": {
                    "es": [
                        "En la carga en corriente alterna, el cargador de pared o de poste solo entrega energía de la red de forma segura; la conversión a corriente directa la hace el cargador a bordo del vehículo. El nivel 1 usa un contacto doméstico de 120 volts y entrega menos de 2 kilowatts. El nivel 2 trabaja a 208 o 240 volts y suele entregar entre 7 y 11 kilowatts. Con 7 kilowatts, una batería de 60 kWh se carga por completo en unas nueve horas, suficiente para una noche o un turno.",
                        "En la carga rápida en corriente directa, el convertidor de potencia está en el cargador y la energía entra directamente a la batería. Las potencias van de 50 a 350 kilowatts, pero el vehículo decide cuánta corriente acepta: su BMS la pide según la temperatura y el estado de carga. Por eso la curva de carga es rápida hasta alrededor del 80 % y después disminuye para proteger las celdas. Una batería fría o muy caliente carga más lento.",
                        "En Norteamérica, la carga en corriente alterna ha usado el conector SAE J1772, también llamado tipo 1, y la carga rápida el CCS1, que le agrega dos pines de corriente directa. El conector de Tesla, conocido como NACS, se estandarizó como SAE J3400 y varios fabricantes lo están adoptando. En Europa se usan el tipo 2 y el CCS2; en Japón, CHAdeMO, y en China, GB/T. Si tu planta fabrica o prueba vehículos para distintos mercados, necesitarás cargadores o adaptadores para cada estándar.",
                    ],
                    "en": [
                        "In AC charging, the wall or post charger only delivers grid energy safely; the conversion to direct current is done by the vehicle's on-board charger. Level 1 uses a 120 volt household socket and delivers less than 2 kilowatts. Level 2 works at 208 or 240 volts and usually delivers between 7 and 11 kilowatts. At 7 kilowatts, a 60 kWh battery charges fully in about nine hours, enough for one night or one shift.",
                        "In DC fast charging, the power converter is in the charger and the energy goes straight into the battery. Power ranges from 50 to 350 kilowatts, but the vehicle decides how much current it accepts: its BMS requests it according to temperature and state of charge. That is why the charging curve is fast up to about 80% and then tapers off to protect the cells. A cold or very hot battery charges more slowly.",
                        "In North America, AC charging has used the SAE J1772 connector, also called type 1, and fast charging the CCS1, which adds two DC pins to it. Tesla's connector, known as NACS, was standardised as SAE J3400 and several manufacturers are adopting it. Europe uses type 2 and CCS2; Japan, CHAdeMO; and China, GB/T. If your plant builds or tests vehicles for different markets, you will need chargers or adapters for each standard.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Gestión de la carga",
                    "en": "Module 2: Charging management",
                },
                "title": {"es": "OCPP y carga inteligente", "en": "OCPP and smart charging"},
                "slug": {"es": "ocpp-y-carga-inteligente", "en": "ocpp-and-smart-charging"},
                "summary": {
                    "es": "Entiende cómo se comunican los cargadores con su sistema central y cómo repartir la potencia disponible.",
                    "en": "Understand how chargers communicate with their central system and how to share the available power.",
                },
                "paragraphs": {
                    "es": [
                        "El Open Charge Point Protocol (OCPP) es un protocolo abierto, mantenido por la Open Charge Alliance, para la comunicación entre un cargador y su sistema central de gestión. Gracias a él puedes administrar cargadores de distintos fabricantes desde una sola plataforma y cambiar de proveedor de software sin reemplazar el equipo. La versión 1.6, que intercambia mensajes JSON sobre WebSocket, sigue siendo muy común; la 2.0.1 agrega perfiles de seguridad, un modelo de dispositivo más completo y mejores funciones de carga inteligente.",
                        "Al encenderse, el cargador envía un mensaje BootNotification para registrarse y después mensajes Heartbeat periódicos. Cuando un usuario presenta una tarjeta RFID, el cargador solicita Authorize; al iniciar y terminar la sesión informa la transacción, con StartTransaction y StopTransaction en la versión 1.6 o TransactionEvent en la 2.0.1, y durante la carga reporta la energía con MeterValues. El sistema central, a su vez, puede iniciar o detener cargas a distancia, actualizar el firmware y enviar perfiles de carga.",
                        "En una planta, la carga inteligente evita que decenas de vehículos de fin de línea, montacargas o unidades de patio eleven la demanda máxima y el costo de la electricidad, sobre todo en las horas punta de tarifas horarias como la GDMTH. Con perfiles de carga, el sistema limita la potencia de cada cargador según el horario y la capacidad disponible. La norma ISO 15118 añade comunicación directa con el vehículo y la función Plug & Charge. No olvides la ciberseguridad: usa TLS y segmenta la red de los cargadores.",
                    ],
                    "en": [
                        "The Open Charge Point Protocol (OCPP) is an open protocol, maintained by the Open Charge Alliance, for communication between a charger and its central management system. Thanks to it you can manage chargers from different manufacturers from a single platform and change software supplier without replacing the equipment. Version 1.6, which exchanges JSON messages over WebSocket, is still very common; 2.0.1 adds security profiles, a more complete device model and better smart charging functions.",
                        "When it powers up, the charger sends a BootNotification message to register and then periodic Heartbeat messages. When a user presents an RFID card, the charger requests Authorize; at the start and end of the session it reports the transaction, with StartTransaction and StopTransaction in version 1.6 or TransactionEvent in 2.0.1, and during charging it reports energy with MeterValues. The central system, in turn, can start or stop charging remotely, update firmware and send charging profiles.",
                        "In a plant, smart charging prevents dozens of end-of-line vehicles, forklifts or yard trucks from raising peak demand and the cost of electricity, especially during the peak hours of time-of-use tariffs such as GDMTH. With charging profiles, the system limits each charger's power according to the time of day and the available capacity. ISO 15118 adds direct communication with the vehicle and the Plug & Charge function. Do not forget cybersecurity: use TLS and segment the chargers' network.",
                    ],
                },
                "callout": {
                    "es": "Antes de comprar cargadores, confirma qué versión de OCPP soportan y si están certificados por la Open Charge Alliance.",
                    "en": "Before buying chargers, confirm which OCPP version they support and whether they are certified by the Open Charge Alliance.",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Industry 4.0 masterclass in 10 disciplines (network programme;
    # robotics is run by La Laguna and additive manufacturing by Jalisco)
    # ------------------------------------------------------------------
    {
        "key": "i40-iiot",
        "code": "I4-01",
        "programme": "industry-4-0",
        "path_order": 1,
        "prerequisites": [],
        "cluster": None,
        "discipline": "iiot",
        "level": "intermediate",
        "modality": "online",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "16",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["fernanda-rosales", "jorge-medina"],
        "title": {
            "es": "Internet industrial de las cosas (IIoT) para planta",
            "en": "Industrial Internet of Things (IIoT) for the plant",
        },
        "slug": {"es": "iiot-para-planta", "en": "iiot-for-the-plant"},
        "summary": {
            "es": "Aprende a conectar máquinas nuevas y antiguas para obtener datos confiables del proceso. Conocerás la arquitectura de una solución IIoT, los protocolos OPC UA y MQTT y un primer caso de uso para medir la eficiencia global del equipo (OEE).",
            "en": "Learn to connect new and old machines to get reliable process data. You will learn the architecture of an IIoT solution, the OPC UA and MQTT protocols and a first use case to measure overall equipment effectiveness (OEE).",
        },
        "outcomes": {
            "es": [
                "Describir las capas de una arquitectura IIoT, del sensor a la aplicación.",
                "Comparar los protocolos Modbus, OPC UA y MQTT y elegir el adecuado.",
                "Proponer formas seguras de conectar máquinas antiguas sin modificar sus circuitos de seguridad.",
                "Diseñar un piloto de monitoreo de OEE con indicadores y responsables.",
            ],
            "en": [
                "Describe the layers of an IIoT architecture, from sensor to application.",
                "Compare the Modbus, OPC UA and MQTT protocols and choose the right one.",
                "Propose safe ways to connect old machines without modifying their safety circuits.",
                "Design an OEE monitoring pilot with indicators and owners.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de manufactura, mantenimiento y sistemas, y técnicos de control que participarán en proyectos de conectividad de planta.",
            "en": "For manufacturing, maintenance and IT engineers and control technicians who will take part in plant connectivity projects.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Necesito comprar hardware para el curso?",
                    "en": "Do I need to buy hardware for the course?",
                },
                "a": {
                    "es": "No. Los ejercicios usan un simulador de máquina y un broker MQTT gratuito que se ejecutan en tu computadora.",
                    "en": "No. The exercises use a machine simulator and a free MQTT broker that run on your computer.",
                },
            },
            {
                "q": {
                    "es": "¿Los cursos de la masterclass tienen un orden obligatorio?",
                    "en": "Do the masterclass courses have a mandatory order?",
                },
                "a": {
                    "es": "No. Cada disciplina es independiente, aunque te sugerimos empezar por IIoT si tu planta aún no recopila datos de sus máquinas.",
                    "en": "No. Each discipline is independent, although we suggest starting with IIoT if your plant does not yet collect data from its machines.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Arquitectura", "en": "Module 1: Architecture"},
                "title": {
                    "es": "Sensores, gateways y protocolos industriales",
                    "en": "Sensors, gateways and industrial protocols",
                },
                "slug": {"es": "sensores-gateways-protocolos", "en": "sensors-gateways-protocols"},
                "summary": {
                    "es": "Conoce las capas de una solución IIoT y los protocolos que mueven los datos de la máquina a la aplicación.",
                    "en": "Learn the layers of an IIoT solution and the protocols that move data from the machine to the application.",
                },
                "paragraphs": {
                    "es": [
                        "El internet industrial de las cosas (IIoT) conecta máquinas, sensores y sistemas para recopilar datos del proceso y actuar con base en ellos. A diferencia del IoT de consumo, en la planta importan la confiabilidad, la respuesta en tiempo casi real, los ambientes con polvo, vibración y ruido eléctrico, y equipos que operan veinte o treinta años. Una arquitectura típica tiene cuatro capas: dispositivos como sensores y PLC, conectividad mediante gateways, una plataforma que almacena y procesa los datos, y aplicaciones como tableros o el sistema de ejecución de manufactura.",
                        "En el nivel de campo conviven protocolos como Modbus, PROFINET y EtherNet/IP, que dependen del fabricante del equipo. Para integrar datos de distintas marcas se usa OPC UA, un estándar abierto (IEC 62541) que no solo transporta valores, sino que describe su significado con un modelo de información e incluye seguridad. Para enviar datos a plataformas centrales o a la nube se usa mucho MQTT, un protocolo ligero de publicación y suscripción en el que los dispositivos publican mensajes en temas y un broker los distribuye.",
                        "Muchas plantas tienen máquinas sin comunicación. Para conectarlas puedes leer señales existentes, como la torre de luces o el contador de ciclos, con un módulo de entradas; instalar sensores externos de corriente, vibración o temperatura; o leer variables del PLC mediante un gateway. Evita modificar los circuitos de seguridad de la máquina y coordina cualquier cambio con mantenimiento. Elige la conexión según el entorno: cable donde haya ruido eléctrico y Wi-Fi industrial, LoRaWAN o 5G privado donde cablear sea costoso.",
                    ],
                    "en": [
                        "The industrial Internet of Things (IIoT) connects machines, sensors and systems to collect process data and act on it. Unlike consumer IoT, in the plant what matters is reliability, near real-time response, environments with dust, vibration and electrical noise, and equipment that runs for twenty or thirty years. A typical architecture has four layers: devices such as sensors and PLCs, connectivity through gateways, a platform that stores and processes the data, and applications such as dashboards or the manufacturing execution system.",
                        "At field level, protocols such as Modbus, PROFINET and EtherNet/IP coexist, depending on the equipment manufacturer. To integrate data from different brands, OPC UA is used, an open standard (IEC 62541) that not only carries values but describes their meaning with an information model and includes security. To send data to central platforms or the cloud, MQTT is widely used, a lightweight publish and subscribe protocol in which devices publish messages to topics and a broker distributes them.",
                        "Many plants have machines with no communication. To connect them you can read existing signals, such as the stack light or the cycle counter, with an input module; install external current, vibration or temperature sensors; or read PLC variables through a gateway. Avoid modifying the machine's safety circuits and coordinate any change with maintenance. Choose the connection according to the environment: cable where there is electrical noise, and industrial Wi-Fi, LoRaWAN or private 5G where cabling is expensive.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Del dato a la acción",
                    "en": "Module 2: From data to action",
                },
                "title": {
                    "es": "Un primer caso de uso: monitoreo de OEE",
                    "en": "A first use case: OEE monitoring",
                },
                "slug": {"es": "caso-de-uso-oee", "en": "oee-use-case"},
                "summary": {
                    "es": "Diseña un piloto que mida automáticamente la eficiencia global de una línea y lleve los datos a la junta diaria.",
                    "en": "Design a pilot that automatically measures a line's overall effectiveness and brings the data to the daily meeting.",
                },
                "paragraphs": {
                    "es": [
                        "Un proyecto IIoT debe empezar por un problema del negocio, no por la tecnología. Un buen primer caso es la eficiencia global del equipo (OEE), que multiplica tres factores: disponibilidad, desempeño y calidad. Una línea que estuvo disponible el 90 % del tiempo, trabajó al 95 % de su velocidad estándar y produjo 98 % de piezas buenas tiene un OEE de alrededor de 84 %. Muchas plantas todavía calculan este indicador a mano al final del turno, con datos tardíos e incompletos.",
                        "Para automatizarlo necesitas pocas señales: si la máquina está operando o detenida, un pulso por cada ciclo y el conteo de piezas rechazadas. Las causas de paro las captura el operador en una tableta con una lista corta de motivos acordada con producción y mantenimiento. Define desde el inicio un modelo de datos con identificador del equipo, marca de tiempo y unidades, y sincroniza los relojes de todos los dispositivos; si no, será imposible relacionar eventos entre máquinas.",
                        "Limita el piloto a una línea durante ocho a doce semanas. Mide una línea base, muestra los datos en la junta diaria de arranque de turno y registra las acciones que se tomen a partir de ellos. Un piloto exitoso no es el que tiene el tablero más vistoso, sino el que cambia decisiones. Antes de escalar a otras líneas, documenta estándares de nombres, plantillas y responsables, e involucra desde el principio a las áreas de sistemas y de ciberseguridad.",
                    ],
                    "en": [
                        "An IIoT project should start with a business problem, not with technology. A good first case is overall equipment effectiveness (OEE), which multiplies three factors: availability, performance and quality. A line that was available 90% of the time, ran at 95% of its standard speed and produced 98% good parts has an OEE of about 84%. Many plants still calculate this indicator by hand at the end of the shift, with late and incomplete data.",
                        "To automate it you need few signals: whether the machine is running or stopped, one pulse per cycle and the count of rejected parts. Stop reasons are entered by the operator on a tablet from a short list agreed with production and maintenance. Define a data model from the start with an equipment identifier, timestamp and units, and synchronise the clocks of all devices; otherwise it will be impossible to relate events between machines.",
                        "Limit the pilot to one line for eight to twelve weeks. Measure a baseline, show the data at the daily start-of-shift meeting and record the actions taken because of them. A successful pilot is not the one with the flashiest dashboard, but the one that changes decisions. Before scaling to other lines, document naming standards, templates and owners, and involve the IT and cybersecurity teams from the beginning.",
                    ],
                },
                "callout": {
                    "es": "Consejo: pide al operador que valide los primeros días de datos automáticos contra su registro manual; así ganarás su confianza en el sistema.",
                    "en": "Tip: ask the operator to check the first days of automatic data against their manual log; that way you will earn their trust in the system.",
                },
            },
        ],
    },
    {
        "key": "i40-data-analytics",
        "code": "I4-02",
        "programme": "industry-4-0",
        "path_order": 2,
        "prerequisites": [],
        "cluster": None,
        "discipline": "data-analytics",
        "level": "intermediate",
        "modality": "online",
        "languages": "es_en",
        "audience": ["engineer", "technician"],
        "hours": "20",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["ana-sofia-echeverria"],
        "title": {
            "es": "Analítica de datos para manufactura",
            "en": "Data analytics for manufacturing",
        },
        "slug": {"es": "analitica-de-datos", "en": "data-analytics"},
        "summary": {
            "es": "Convierte los datos de tu planta en decisiones. Aprenderás a integrar fuentes, cuidar la calidad de los datos y construir análisis de Pareto, series de tiempo y tableros útiles para cada nivel de la organización.",
            "en": "Turn your plant's data into decisions. You will learn to integrate sources, look after data quality and build Pareto analyses, time series and dashboards that are useful at every level of the organisation.",
        },
        "outcomes": {
            "es": [
                "Distinguir la analítica descriptiva, diagnóstica, predictiva y prescriptiva.",
                "Integrar datos de PLC, MES, ERP y laboratorio mediante llaves comunes.",
                "Evaluar y mejorar la calidad de un conjunto de datos.",
                "Diseñar tableros con metas, responsables y acciones para cada audiencia.",
            ],
            "en": [
                "Distinguish descriptive, diagnostic, predictive and prescriptive analytics.",
                "Integrate data from PLCs, MES, ERP and the laboratory using common keys.",
                "Assess and improve the quality of a data set.",
                "Design dashboards with targets, owners and actions for each audience.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros y técnicos que ya reciben datos de producción, calidad o mantenimiento y quieren sacarles más provecho.",
            "en": "For engineers and technicians who already receive production, quality or maintenance data and want to get more out of it.",
        },
        "faq": [
            {
                "q": {"es": "¿Qué herramienta se usa?", "en": "Which tool is used?"},
                "a": {
                    "es": "Los ejercicios se pueden resolver en una hoja de cálculo; para quien quiera ir más allá se incluyen cuadernos opcionales en Python.",
                    "en": "The exercises can be solved in a spreadsheet; optional Python notebooks are included for those who want to go further.",
                },
            },
            {
                "q": {
                    "es": "¿Puedo usar datos de mi empresa?",
                    "en": "Can I use my company's data?",
                },
                "a": {
                    "es": "Sí, siempre que tengas autorización y elimines información confidencial. Si no, usa el conjunto de datos de ejemplo de una línea de estampado.",
                    "en": "Yes, as long as you are authorised and remove confidential information. Otherwise, use the sample data set from a stamping line.",
                },
            },
        ],
        "lessons": [
            {
                "module": {
                    "es": "Módulo 1: Tipos de analítica",
                    "en": "Module 1: Types of analytics",
                },
                "title": {"es": "Del dato a la decisión", "en": "From data to decision"},
                "slug": {"es": "del-dato-a-la-decision", "en": "from-data-to-decision"},
                "summary": {
                    "es": "Ubica en qué nivel de analítica está tu área y qué necesitas para avanzar con datos confiables.",
                    "en": "Find out which level of analytics your area is at and what you need to move forward with reliable data.",
                },
                "paragraphs": {
                    "es": [
                        "La analítica de datos suele dividirse en cuatro niveles. La descriptiva responde qué pasó, por ejemplo cuántas piezas se rechazaron ayer. La diagnóstica explica por qué pasó, relacionando el rechazo con un lote de material o un turno. La predictiva estima qué pasará, como la probabilidad de que falle un husillo la próxima semana, y la prescriptiva recomienda qué hacer. Aunque los modelos predictivos llaman la atención, la mayoría de las plantas obtiene sus mayores ganancias haciendo bien los dos primeros niveles.",
                        "Los datos de una planta viven en muchos lugares: los PLC y el SCADA, el sistema de ejecución de manufactura (MES), el ERP, el laboratorio de metrología, el sistema de mantenimiento y un buen número de hojas de cálculo. Para unirlos necesitas llaves comunes, como el número de parte, el lote, el número de serie y la marca de tiempo. Sin esas llaves no puedes rastrear una pieza rechazada hasta las condiciones en que se produjo, que es justo lo que pide un análisis de causa raíz.",
                        "Antes de analizar, revisa la calidad de los datos: que estén completos, sean exactos, consistentes y oportunos. Los problemas típicos son relojes desfasados entre equipos, unidades mezcladas, capturas manuales con errores, registros duplicados y cambios de nombre de las variables sin aviso. Limpiar datos puede consumir la mayor parte del tiempo de un proyecto, por eso conviene mantener un diccionario de datos que describa cada variable, su origen, sus unidades y su responsable.",
                    ],
                    "en": [
                        "Data analytics is usually divided into four levels. Descriptive analytics answers what happened, for example how many parts were rejected yesterday. Diagnostic analytics explains why it happened, linking the rejection to a material batch or a shift. Predictive analytics estimates what will happen, such as the probability that a spindle will fail next week, and prescriptive analytics recommends what to do. Although predictive models attract attention, most plants get their biggest gains by doing the first two levels well.",
                        "A plant's data live in many places: the PLCs and SCADA, the manufacturing execution system (MES), the ERP, the metrology laboratory, the maintenance system and a good number of spreadsheets. To join them you need common keys, such as the part number, the batch, the serial number and the timestamp. Without those keys you cannot trace a rejected part back to the conditions in which it was produced, which is exactly what a root cause analysis requires.",
                        "Before analysing, check the quality of the data: that they are complete, accurate, consistent and timely. Typical problems are clocks out of sync between devices, mixed units, manual entries with errors, duplicate records and variables renamed without notice. Cleaning data can take most of a project's time, which is why it pays to keep a data dictionary that describes each variable, its source, its units and its owner.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Análisis en la práctica",
                    "en": "Module 2: Analysis in practice",
                },
                "title": {
                    "es": "Pareto, series de tiempo y tableros",
                    "en": "Pareto, time series and dashboards",
                },
                "slug": {"es": "pareto-series-tableros", "en": "pareto-time-series-dashboards"},
                "summary": {
                    "es": "Aplica tres herramientas sencillas que resuelven la mayoría de las preguntas de una planta.",
                    "en": "Apply three simple tools that answer most of a plant's questions.",
                },
                "paragraphs": {
                    "es": [
                        "El diagrama de Pareto ordena las causas de un problema de mayor a menor y muestra su porcentaje acumulado. Suele revelar que unas pocas causas explican la mayor parte del efecto, por ejemplo que tres modos de falla generan el 75 % del tiempo muerto. Un detalle importante es la unidad de medida: ordenar por frecuencia no es lo mismo que ordenar por costo o por minutos perdidos. Un paro corto y frecuente puede costar menos que una falla rara que detiene la línea durante horas.",
                        "Una serie de tiempo muestra cómo cambia una variable a lo largo del tiempo y permite ver tendencias, ciclos y saltos. En manufactura aparecen patrones por turno, por día de la semana o por temporada, como el efecto del calor del verano en una inyectora. Los promedios móviles suavizan el ruido, y marcar en la gráfica eventos como mantenimientos o cambios de proveedor ayuda a interpretarla. Recuerda que dos variables que se mueven juntas no necesariamente tienen una relación causal; confírmalo con un experimento.",
                        "Un tablero útil se diseña para quien lo va a usar. El operador necesita pocos indicadores, actualizados en tiempo real y con colores claros; el supervisor, el desempeño del turno y los principales paros; la gerencia, tendencias y comparaciones entre líneas o plantas. Cada indicador debe tener una meta, un responsable y una acción asociada cuando se sale de rango. Si nadie toma decisiones con un indicador, elimínalo. Herramientas como Power BI, Grafana o Python sirven por igual si se respeta este principio.",
                    ],
                    "en": [
                        "The Pareto chart ranks the causes of a problem from largest to smallest and shows their cumulative percentage. It usually reveals that a few causes explain most of the effect, for example that three failure modes generate 75% of downtime. An important detail is the unit of measure: ranking by frequency is not the same as ranking by cost or by minutes lost. A short, frequent stop can cost less than a rare failure that stops the line for hours.",
                        "A time series shows how a variable changes over time and makes trends, cycles and jumps visible. In manufacturing, patterns appear by shift, by day of the week or by season, such as the effect of summer heat on an injection moulding machine. Moving averages smooth out noise, and marking events such as maintenance or supplier changes on the chart helps interpret it. Remember that two variables that move together do not necessarily have a causal relationship; confirm it with an experiment.",
                        "A useful dashboard is designed for the person who will use it. The operator needs few indicators, updated in real time and with clear colours; the supervisor, the shift's performance and the main stops; management, trends and comparisons between lines or plants. Each indicator must have a target, an owner and an associated action when it goes out of range. If nobody makes decisions with an indicator, remove it. Tools such as Power BI, Grafana or Python serve equally well if this principle is respected.",
                    ],
                },
                "callout": {
                    "es": "Prueba rápida para un tablero: pregunta a su usuario qué haría distinto si un indicador se pone en rojo. Si no sabe, el tablero necesita rediseño.",
                    "en": "Quick test for a dashboard: ask its user what they would do differently if an indicator turned red. If they do not know, the dashboard needs a redesign.",
                },
            },
        ],
    },
    {
        "key": "i40-robotics",
        "code": "I4-03",
        "programme": "industry-4-0",
        "path_order": 3,
        "prerequisites": [],
        "cluster": "la-laguna",
        "discipline": "robotics",
        "level": "intermediate",
        "modality": "in_person",
        "languages": "es",
        "audience": ["engineer", "technician", "operator"],
        "hours": "24",
        "min_attendance_percent": 85,
        "min_hours": "20.4",
        "pass_mark": 75,
        "min_lessons_percent": 50,
        "dc3_thematic_area": "1000",
        "instructors": ["jorge-medina"],
        "title": {"es": "Robótica industrial y cobots", "en": "Industrial robotics and cobots"},
        "slug": {"es": "robotica-y-cobots", "en": "robotics-and-cobots"},
        "summary": {
            "es": "Conoce los tipos de robots industriales, cómo se especifican y programan, y cómo integrar robots colaborativos de forma segura. Las sesiones se imparten en el laboratorio de manufactura avanzada del clúster de La Laguna, con práctica en celdas reales.",
            "en": "Get to know the types of industrial robots, how they are specified and programmed, and how to integrate collaborative robots safely. The sessions are held at the advanced manufacturing laboratory of the La Laguna cluster, with practice on real cells.",
        },
        "outcomes": {
            "es": [
                "Seleccionar el tipo de robot adecuado según la aplicación, la carga y el alcance.",
                "Programar trayectorias básicas con el control portátil de enseñanza.",
                "Explicar los cuatro modos de operación colaborativa.",
                "Realizar una evaluación de riesgos para una aplicación colaborativa.",
            ],
            "en": [
                "Select the right type of robot according to the application, payload and reach.",
                "Program basic paths with the teach pendant.",
                "Explain the four modes of collaborative operation.",
                "Carry out a risk assessment for a collaborative application.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros, técnicos de mantenimiento y operadores líderes que trabajarán con celdas robotizadas o cobots.",
            "en": "For engineers, maintenance technicians and lead operators who will work with robotic cells or cobots.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Puedo inscribirme si mi empresa está en otro clúster?",
                    "en": "Can I enrol if my company belongs to another cluster?",
                },
                "a": {
                    "es": "Sí. Aunque lo organiza el clúster de La Laguna, el curso es parte de la masterclass de la red y está abierto a las empresas socias de todos los clústeres.",
                    "en": "Yes. Although it is organised by the La Laguna cluster, the course is part of the network masterclass and is open to member companies of every cluster.",
                },
            },
            {
                "q": {"es": "¿Qué marcas de robots se usan?", "en": "Which robot brands are used?"},
                "a": {
                    "es": "El laboratorio tiene robots articulados y cobots de varias marcas. Los conceptos son comunes a todas; la sintaxis de programación cambia de un fabricante a otro.",
                    "en": "The laboratory has articulated robots and cobots from several brands. The concepts are common to all of them; the programming syntax changes from one manufacturer to another.",
                },
            },
        ],
        "lessons": [
            {
                "module": {
                    "es": "Módulo 1: Robots industriales",
                    "en": "Module 1: Industrial robots",
                },
                "title": {
                    "es": "Tipos de robots y aplicaciones automotrices",
                    "en": "Robot types and automotive applications",
                },
                "slug": {"es": "tipos-de-robots", "en": "robot-types"},
                "summary": {
                    "es": "Compara los principales tipos de robots y aprende a leer sus especificaciones.",
                    "en": "Compare the main types of robots and learn to read their specifications.",
                },
                "paragraphs": {
                    "es": [
                        "La industria automotriz es la mayor usuaria de robots industriales del mundo. El robot articulado de seis ejes es el más común: suelda por puntos las carrocerías, aplica sellador, pinta y mueve piezas entre prensas. El robot SCARA trabaja muy rápido en un plano horizontal y se usa para ensamblar componentes pequeños. El robot delta, con brazos en paralelo, es ideal para tomar y colocar piezas ligeras a alta velocidad, y el robot cartesiano o de pórtico cubre áreas grandes, por ejemplo para paletizar o alimentar prensas.",
                        "Para especificar un robot revisa la carga útil, que debe incluir la herramienta del extremo del brazo y la pieza; el alcance; la repetibilidad, que en robots industriales suele estar entre unas centésimas y una décima de milímetro; la velocidad y el número de ejes. Deja margen en la carga, porque un robot trabajando al límite pierde precisión y vida útil. La herramienta del extremo, ya sea una pinza neumática o eléctrica, una ventosa, una pistola de soldadura o un dosificador, suele requerir tanto diseño como el resto de la celda.",
                        "Los robots se programan de tres maneras principales: con el control portátil de enseñanza, registrando puntos y trayectorias; fuera de línea, con software de simulación que genera el programa a partir del modelo 3D de la celda; o guiando el brazo con la mano en robots que lo permiten. Una celda completa incluye además resguardos, cortinas de luz, la interfaz con el PLC y, a menudo, visión artificial. La integración suele costar más que el robot, así que inclúyela en el cálculo del retorno de la inversión.",
                    ],
                    "en": [
                        "The automotive industry is the largest user of industrial robots in the world. The six-axis articulated robot is the most common: it spot-welds car bodies, applies sealant, paints and moves parts between presses. The SCARA robot works very fast in a horizontal plane and is used to assemble small components. The delta robot, with parallel arms, is ideal for picking and placing light parts at high speed, and the Cartesian or gantry robot covers large areas, for example for palletising or press tending.",
                        "To specify a robot, check the payload, which must include the end-of-arm tool and the part; the reach; the repeatability, which in industrial robots usually ranges from a few hundredths to a tenth of a millimetre; the speed and the number of axes. Leave margin on the payload, because a robot working at its limit loses accuracy and service life. The end-of-arm tool, whether a pneumatic or electric gripper, a suction cup, a welding gun or a dispenser, often requires as much design as the rest of the cell.",
                        "Robots are programmed in three main ways: with the teach pendant, recording points and paths; offline, with simulation software that generates the program from the 3D model of the cell; or by guiding the arm by hand on robots that allow it. A complete cell also includes guarding, light curtains, the interface with the PLC and often machine vision. Integration usually costs more than the robot, so include it in the return on investment calculation.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Colaboración segura",
                    "en": "Module 2: Safe collaboration",
                },
                "title": {
                    "es": "Cobots y evaluación de riesgos",
                    "en": "Cobots and risk assessment",
                },
                "slug": {"es": "cobots-y-riesgos", "en": "cobots-and-risk"},
                "summary": {
                    "es": "Entiende cuándo un robot puede compartir espacio con las personas y cómo demostrar que la aplicación es segura.",
                    "en": "Understand when a robot can share space with people and how to show that the application is safe.",
                },
                "paragraphs": {
                    "es": [
                        "Los robots colaborativos, o cobots, están diseñados para trabajar cerca de las personas sin resguardos fijos. Sin embargo, lo que es colaborativo es la aplicación, no el robot: un cobot que sostiene una pieza con filo o una herramienta de corte puede ser tan peligroso como un robot convencional. Los requisitos de seguridad se encuentran en la norma ISO 10218, partes 1 y 2, y la especificación técnica ISO/TS 15066 aporta límites de fuerza y presión tolerables para cada región del cuerpo.",
                        "Existen cuatro modos de operación colaborativa. En la parada monitorizada de seguridad, el robot se detiene cuando la persona entra al espacio compartido y reanuda cuando sale. En el guiado manual, el operador mueve el robot con la mano mediante un dispositivo habilitador. En el monitoreo de velocidad y separación, sensores miden la distancia a la persona y el robot reduce su velocidad o se detiene. En la limitación de potencia y fuerza, el robot está diseñado para que un contacto no supere los límites biomecánicos.",
                        "Toda aplicación robótica requiere una evaluación de riesgos, siguiendo la metodología de ISO 12100: identificar los peligros de cada tarea, estimar el riesgo, reducirlo con diseño, protecciones e información, y validar el resultado, por ejemplo midiendo fuerzas de contacto. En México, la NOM-004-STPS-1999 establece los sistemas de protección y dispositivos de seguridad para maquinaria. Las aplicaciones colaborativas más comunes son atornillado, alimentación de máquinas, inspección y paletizado, y suelen mejorar también la ergonomía del puesto.",
                    ],
                    "en": [
                        "Collaborative robots, or cobots, are designed to work near people without fixed guarding. However, it is the application that is collaborative, not the robot: a cobot holding a sharp part or a cutting tool can be as dangerous as a conventional robot. The safety requirements are found in ISO 10218, parts 1 and 2, and the technical specification ISO/TS 15066 provides tolerable force and pressure limits for each region of the body.",
                        "There are four modes of collaborative operation. In safety-rated monitored stop, the robot stops when a person enters the shared space and resumes when they leave. In hand guiding, the operator moves the robot by hand using an enabling device. In speed and separation monitoring, sensors measure the distance to the person and the robot slows down or stops. In power and force limiting, the robot is designed so that a contact does not exceed biomechanical limits.",
                        "Every robotic application requires a risk assessment following the ISO 12100 methodology: identify the hazards of each task, estimate the risk, reduce it through design, safeguards and information, and validate the result, for example by measuring contact forces. In Mexico, NOM-004-STPS-1999 sets out protection systems and safety devices for machinery. The most common collaborative applications are screwdriving, machine tending, inspection and palletising, and they often improve the ergonomics of the workstation too.",
                    ],
                },
                "callout": {
                    "es": "Nunca desactives ni puentees un sensor o una cortina de luz para ganar tiempo de ciclo. Si un dispositivo de seguridad estorba, la solución es rediseñar la celda.",
                    "en": "Never disable or bypass a sensor or light curtain to gain cycle time. If a safety device gets in the way, the solution is to redesign the cell.",
                },
            },
        ],
    },
    {
        "key": "i40-additive",
        "code": "I4-04",
        "programme": "industry-4-0",
        "path_order": 4,
        "prerequisites": [],
        "cluster": "jalisco",
        "discipline": "additive-manufacturing",
        "level": "basic",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "20",
        "min_attendance_percent": 80,
        "min_hours": "16",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["hiroshi-nakamura"],
        "title": {
            "es": "Manufactura aditiva para herramentales y prototipos",
            "en": "Additive manufacturing for tooling and prototypes",
        },
        "slug": {"es": "manufactura-aditiva", "en": "additive-manufacturing"},
        "summary": {
            "es": "Descubre las tecnologías de manufactura aditiva y cómo aprovecharlas en planta para fabricar dispositivos, calibradores, herramientas de robot y refacciones. La sesión práctica se realiza en el centro de impresión 3D de una empresa socia del clúster de Jalisco.",
            "en": "Discover additive manufacturing technologies and how to use them in the plant to make fixtures, gauges, robot tools and spare parts. The practical session takes place at the 3D printing centre of a member company of the Jalisco cluster.",
        },
        "outcomes": {
            "es": [
                "Clasificar las tecnologías de manufactura aditiva según ISO/ASTM 52900.",
                "Elegir tecnología y material según la resistencia, precisión y acabado requeridos.",
                "Aplicar principios de diseño para manufactura aditiva, incluida la orientación de impresión.",
                "Estimar el costo y el tiempo de entrega frente al maquinado convencional.",
            ],
            "en": [
                "Classify additive manufacturing technologies according to ISO/ASTM 52900.",
                "Choose technology and material according to the required strength, accuracy and finish.",
                "Apply design for additive manufacturing principles, including build orientation.",
                "Estimate cost and lead time compared with conventional machining.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de manufactura, diseño y mantenimiento, y técnicos de herramentales que quieren incorporar la impresión 3D en su trabajo.",
            "en": "For manufacturing, design and maintenance engineers and tooling technicians who want to bring 3D printing into their work.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Necesito saber modelado 3D?",
                    "en": "Do I need to know 3D modelling?",
                },
                "a": {
                    "es": "Ayuda, pero no es indispensable. En la práctica trabajarás con modelos proporcionados y aprenderás a prepararlos para impresión.",
                    "en": "It helps, but it is not essential. In the practice you will work with supplied models and learn to prepare them for printing.",
                },
            },
            {
                "q": {
                    "es": "¿Me puedo llevar las piezas impresas?",
                    "en": "Can I take the printed parts with me?",
                },
                "a": {
                    "es": "Sí. Cada participante imprime un dispositivo sencillo que puede llevar a su planta para probarlo.",
                    "en": "Yes. Each participant prints a simple fixture that they can take back to their plant to try out.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Tecnologías", "en": "Module 1: Technologies"},
                "title": {
                    "es": "Las siete familias de la manufactura aditiva",
                    "en": "The seven families of additive manufacturing",
                },
                "slug": {"es": "familias-de-tecnologias", "en": "technology-families"},
                "summary": {
                    "es": "Recorre las categorías de procesos aditivos y sus materiales más comunes.",
                    "en": "Walk through the categories of additive processes and their most common materials.",
                },
                "paragraphs": {
                    "es": [
                        "La manufactura aditiva construye piezas capa por capa a partir de un modelo 3D, en lugar de quitar material de un bloque como en el maquinado. Esto permite geometrías imposibles de fabricar de otra forma, como canales internos o estructuras reticulares, y elimina la necesidad de moldes para producir pocas piezas. La norma ISO/ASTM 52900 agrupa los procesos en siete categorías: extrusión de material, fotopolimerización en tina, fusión de lecho de polvo, inyección de aglutinante, inyección de material, deposición de energía dirigida y laminación de hojas.",
                        "La extrusión de material, conocida como FDM o FFF, deposita un filamento termoplástico fundido; es la más accesible y se usa para dispositivos y prototipos en PLA, ABS, PETG o nylon reforzado con fibra de carbono. La fotopolimerización en tina, como SLA o DLP, endurece resina líquida con luz y logra detalles finos y superficies lisas. La fusión de lecho de polvo funde o sinteriza polvo con láser: en polímeros, como el nylon por SLS, produce piezas funcionales sin soportes; en metales, piezas de acero, aluminio o titanio.",
                        "La inyección de aglutinante une polvo con un adhesivo y es rápida; en metal requiere sinterizado posterior y en arena produce moldes para fundición. La inyección de material deposita gotas de fotopolímero y permite piezas multimaterial y a color. La deposición de energía dirigida funde metal mientras se aporta, y se usa para reparar herramentales o fabricar piezas grandes. Para elegir entre todas, compara el material disponible, la precisión, el acabado, el volumen de construcción y el costo por pieza.",
                    ],
                    "en": [
                        "Additive manufacturing builds parts layer by layer from a 3D model, instead of removing material from a block as in machining. This allows geometries that are impossible to make otherwise, such as internal channels or lattice structures, and removes the need for moulds to produce a few parts. ISO/ASTM 52900 groups the processes into seven categories: material extrusion, vat photopolymerisation, powder bed fusion, binder jetting, material jetting, directed energy deposition and sheet lamination.",
                        "Material extrusion, known as FDM or FFF, deposits a molten thermoplastic filament; it is the most accessible and is used for fixtures and prototypes in PLA, ABS, PETG or carbon fibre reinforced nylon. Vat photopolymerisation, such as SLA or DLP, hardens liquid resin with light and achieves fine detail and smooth surfaces. Powder bed fusion melts or sinters powder with a laser: in polymers, such as nylon by SLS, it produces functional parts without supports; in metals, parts in steel, aluminium or titanium.",
                        "Binder jetting bonds powder with an adhesive and is fast; in metal it requires subsequent sintering and in sand it produces moulds for casting. Material jetting deposits droplets of photopolymer and allows multi-material and colour parts. Directed energy deposition melts metal as it is fed, and is used to repair tooling or build large parts. To choose among them, compare the available material, accuracy, finish, build volume and cost per part.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Aplicaciones", "en": "Module 2: Applications"},
                "title": {
                    "es": "Aplicaciones en planta y diseño para manufactura aditiva",
                    "en": "Plant applications and design for additive manufacturing",
                },
                "slug": {"es": "aplicaciones-y-diseno", "en": "applications-and-design"},
                "summary": {
                    "es": "Identifica dónde la impresión 3D ahorra tiempo y dinero en tu planta y cómo diseñar para ella.",
                    "en": "Identify where 3D printing saves time and money in your plant and how to design for it.",
                },
                "paragraphs": {
                    "es": [
                        "En las plantas automotrices, la manufactura aditiva se usa sobre todo fuera del producto final. Sirve para prototipos de ajuste, dispositivos de sujeción y posicionamiento, calibradores pasa-no pasa, herramientas ligeras para robots, guías para operadores y refacciones de equipos que ya no se fabrican. En metal, permite insertos de molde con enfriamiento conformal, cuyos canales siguen la forma de la pieza y reducen el tiempo de ciclo de inyección. También se usa para series cortas y piezas de servicio.",
                        "Diseñar para manufactura aditiva implica pensar distinto. La orientación de impresión afecta la resistencia: en FDM las piezas son más débiles entre capas, así que orienta las cargas a lo largo de ellas. Minimiza los voladizos que requieren soportes, respeta los espesores mínimos de pared de cada tecnología y aprovecha las estructuras reticulares para aligerar. Una oportunidad poderosa es consolidar en una sola pieza ensambles que antes tenían varios componentes y tornillos.",
                        "Las piezas impresas casi siempre requieren posproceso: retirar soportes, lijar, maquinar las superficies críticas y, en metales, aplicar tratamiento térmico. Para justificar la tecnología compara costo y tiempo de entrega contra el maquinado: un dispositivo que antes tardaba tres semanas puede estar listo en dos días. Empieza con un catálogo de piezas candidatas, califica los materiales según su uso, por ejemplo antiestáticos para electrónica, y guarda los diseños con control de revisiones como cualquier otro documento de ingeniería.",
                    ],
                    "en": [
                        "In automotive plants, additive manufacturing is used mostly outside the final product. It serves for fit prototypes, clamping and locating fixtures, go/no-go gauges, lightweight robot tools, operator guides and spare parts for equipment that is no longer made. In metal, it enables mould inserts with conformal cooling, whose channels follow the shape of the part and reduce the injection cycle time. It is also used for short runs and service parts.",
                        "Designing for additive manufacturing means thinking differently. Build orientation affects strength: in FDM, parts are weaker between layers, so align the loads along them. Minimise overhangs that need supports, respect the minimum wall thickness of each technology and use lattice structures to reduce weight. A powerful opportunity is to consolidate into a single part assemblies that used to have several components and screws.",
                        "Printed parts almost always need post-processing: removing supports, sanding, machining critical surfaces and, in metals, heat treatment. To justify the technology, compare cost and lead time with machining: a fixture that used to take three weeks can be ready in two days. Start with a catalogue of candidate parts, qualify materials according to their use, for example anti-static ones for electronics, and store the designs under revision control like any other engineering document.",
                    ],
                },
                "callout": {
                    "es": "Antes de imprimir la refacción de un equipo, verifica con el fabricante o con tu área legal que no infrinjas derechos de diseño.",
                    "en": "Before printing a spare part for a piece of equipment, check with the manufacturer or your legal team that you are not infringing design rights.",
                },
            },
        ],
    },
    {
        "key": "i40-digital-twins",
        "code": "I4-05",
        "programme": "industry-4-0",
        "path_order": 5,
        "prerequisites": [],
        "cluster": None,
        "discipline": "digital-twins",
        "level": "advanced",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer"],
        "hours": "24",
        "min_attendance_percent": 80,
        "min_hours": "19.2",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["ana-sofia-echeverria", "jorge-medina"],
        "title": {
            "es": "Gemelos digitales de producto, proceso y planta",
            "en": "Digital twins of product, process and plant",
        },
        "slug": {"es": "gemelos-digitales", "en": "digital-twins"},
        "summary": {
            "es": "Entiende qué es realmente un gemelo digital y cómo construir el de una línea de producción, desde la simulación de flujo hasta la puesta en marcha virtual. Aprenderás a definir el propósito y el nivel de detalle para que el gemelo aporte valor y no solo imágenes.",
            "en": "Understand what a digital twin really is and how to build one for a production line, from flow simulation to virtual commissioning. You will learn to define the purpose and level of detail so that the twin adds value and not just pictures.",
        },
        "outcomes": {
            "es": [
                "Distinguir entre modelo digital, sombra digital y gemelo digital.",
                "Identificar los tipos de gemelo: de producto, de proceso y de desempeño.",
                "Construir y validar un modelo de simulación de eventos discretos de una línea.",
                "Planear una puesta en marcha virtual con PLC real o emulado.",
            ],
            "en": [
                "Distinguish between a digital model, a digital shadow and a digital twin.",
                "Identify the types of twin: product, process and performance.",
                "Build and validate a discrete-event simulation model of a line.",
                "Plan a virtual commissioning with a real or emulated PLC.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de manufactura, procesos y automatización que participan en el lanzamiento o la mejora de líneas de producción.",
            "en": "For manufacturing, process and automation engineers involved in launching or improving production lines.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Qué software de simulación se usa?",
                    "en": "Which simulation software is used?",
                },
                "a": {
                    "es": "Los conceptos son independientes del software. En las sesiones se usan licencias académicas de herramientas comerciales de simulación de eventos discretos y de robótica.",
                    "en": "The concepts are independent of the software. The sessions use academic licences of commercial discrete-event and robotics simulation tools.",
                },
            },
            {
                "q": {
                    "es": "¿Conviene tomar antes el curso de IIoT?",
                    "en": "Should I take the IIoT course first?",
                },
                "a": {
                    "es": "No es obligatorio, pero ayuda: para sincronizar un gemelo con la planta necesitas los datos que aprendes a obtener en ese curso.",
                    "en": "It is not mandatory, but it helps: to synchronise a twin with the plant you need the data you learn to obtain in that course.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Conceptos", "en": "Module 1: Concepts"},
                "title": {"es": "Qué es un gemelo digital", "en": "What a digital twin is"},
                "slug": {"es": "que-es-un-gemelo-digital", "en": "what-is-a-digital-twin"},
                "summary": {
                    "es": "Aclara el concepto de gemelo digital, sus tipos y dónde aporta más valor.",
                    "en": "Clarify the concept of a digital twin, its types and where it adds the most value.",
                },
                "paragraphs": {
                    "es": [
                        "Un gemelo digital es una representación virtual de un producto, un proceso o un sistema que se mantiene sincronizada con su contraparte física mediante datos, para entender su comportamiento, predecirlo y optimizarlo. Conviene distinguir tres niveles: un modelo digital, como un archivo CAD o una simulación, no recibe datos de la realidad; una sombra digital se actualiza automáticamente con datos de la planta, pero solo en un sentido; y un gemelo digital, además, puede devolver información o ajustes al sistema físico.",
                        "Existen varios tipos de gemelo. El gemelo de producto permite simular el diseño antes de fabricar prototipos, por ejemplo en pruebas virtuales de choque o de durabilidad. El gemelo de proceso o de producción representa una línea o una planta: sus estaciones, robots, transportadores e inventarios. El gemelo de desempeño usa los datos de operación de un equipo para anticipar fallas y optimizar su mantenimiento. Cuando estos gemelos se conectan a lo largo del ciclo de vida se habla de hilo digital.",
                        "El valor de un gemelo está en probar cambios sin arriesgar la operación real. Con él puedes evaluar si una línea alcanzará la tasa de producción antes de instalarla, encontrar errores en la lógica del PLC durante una puesta en marcha virtual o comparar escenarios de distribución de planta. No todos los activos necesitan un gemelo: empieza donde el costo de equivocarse es alto, como el lanzamiento de un vehículo nuevo o una inversión de capital importante.",
                    ],
                    "en": [
                        "A digital twin is a virtual representation of a product, process or system that is kept synchronised with its physical counterpart through data, in order to understand, predict and optimise its behaviour. It helps to distinguish three levels: a digital model, such as a CAD file or a simulation, receives no data from reality; a digital shadow is updated automatically with plant data, but only in one direction; and a digital twin can also send information or adjustments back to the physical system.",
                        "There are several types of twin. The product twin lets you simulate the design before building prototypes, for example in virtual crash or durability tests. The process or production twin represents a line or a plant: its stations, robots, conveyors and inventories. The performance twin uses a piece of equipment's operating data to anticipate failures and optimise its maintenance. When these twins are connected across the life cycle, we speak of a digital thread.",
                        "The value of a twin lies in testing changes without putting real operations at risk. With it you can assess whether a line will reach its production rate before installing it, find errors in the PLC logic during virtual commissioning or compare plant layout scenarios. Not every asset needs a twin: start where the cost of getting it wrong is high, such as the launch of a new vehicle or a major capital investment.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Construcción", "en": "Module 2: Building"},
                "title": {
                    "es": "Cómo construir el gemelo de una línea",
                    "en": "How to build the twin of a line",
                },
                "slug": {"es": "gemelo-de-una-linea", "en": "twin-of-a-line"},
                "summary": {
                    "es": "Sigue los pasos para modelar, validar y conectar el gemelo de una línea de producción.",
                    "en": "Follow the steps to model, validate and connect the twin of a production line.",
                },
                "paragraphs": {
                    "es": [
                        "Empieza por el propósito: qué preguntas debe responder el gemelo. Si quieres saber cuál es el cuello de botella o cuántos contenedores necesitas entre estaciones, basta una simulación de eventos discretos con tiempos de ciclo, capacidades de almacenamiento y estadísticas de fallas como el tiempo medio entre fallas y el tiempo medio de reparación. Si necesitas verificar alcances y colisiones de robots, requieres un modelo 3D con cinemática. El nivel de detalle debe ser el mínimo que responda la pregunta.",
                        "Los datos de entrada vienen de varias fuentes: el layout en CAD, los tiempos de ciclo registrados por los PLC, el historial de fallas del sistema de mantenimiento, los turnos y el programa de producción. Antes de usar el modelo para decidir, valídalo: compara su producción simulada con la producción real de varias semanas y ajusta hasta que la diferencia sea pequeña. Solo entonces conviene conectarlo a datos en vivo mediante OPC UA o MQTT para convertirlo en sombra o gemelo.",
                        "La puesta en marcha virtual conecta el programa del PLC con el modelo simulado de la línea, ya sea con el PLC físico (hardware en el ciclo) o con uno emulado (software en el ciclo). Así puedes probar secuencias, enclavamientos y la recuperación después de una falla semanas antes de que el equipo llegue a la planta, y acortar el arranque. Por último, asigna un responsable del gemelo: si la línea cambia y el modelo no se actualiza, pronto dejará de ser confiable.",
                    ],
                    "en": [
                        "Start with the purpose: which questions the twin must answer. If you want to know where the bottleneck is or how many containers you need between stations, a discrete-event simulation with cycle times, buffer capacities and failure statistics such as mean time between failures and mean time to repair is enough. If you need to check robot reach and collisions, you need a 3D model with kinematics. The level of detail should be the minimum that answers the question.",
                        "Input data come from several sources: the CAD layout, the cycle times recorded by the PLCs, the failure history from the maintenance system, the shift patterns and the production schedule. Before using the model to make decisions, validate it: compare its simulated output with the actual output over several weeks and adjust until the difference is small. Only then is it worth connecting it to live data via OPC UA or MQTT to turn it into a shadow or twin.",
                        "Virtual commissioning connects the PLC program to the simulated model of the line, either with the physical PLC (hardware in the loop) or with an emulated one (software in the loop). This lets you test sequences, interlocks and recovery after a fault weeks before the equipment arrives at the plant, and shorten the start-up. Finally, assign an owner to the twin: if the line changes and the model is not updated, it will soon stop being reliable.",
                    ],
                },
                "callout": {
                    "es": "Un modelo no validado contra la realidad puede dar respuestas muy precisas y completamente equivocadas.",
                    "en": "A model that has not been validated against reality can give very precise and completely wrong answers.",
                },
            },
        ],
    },
    {
        "key": "i40-cybersecurity",
        "code": "I4-06",
        "programme": "industry-4-0",
        "path_order": 6,
        "prerequisites": [],
        "cluster": None,
        "discipline": "cybersecurity",
        "level": "intermediate",
        "modality": "online",
        "languages": "es_en",
        "audience": ["engineer", "technician"],
        "hours": "16",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["fernanda-rosales"],
        "title": {
            "es": "Ciberseguridad industrial con IEC 62443",
            "en": "Industrial cybersecurity with IEC 62443",
        },
        "slug": {"es": "ciberseguridad-industrial", "en": "industrial-cybersecurity"},
        "summary": {
            "es": "Aprende por qué las redes de planta son un blanco atractivo y cómo protegerlas con el marco de la serie IEC 62443. Verás zonas y conductos, niveles de seguridad y los primeros pasos prácticos: inventario, segmentación, acceso remoto y respaldos.",
            "en": "Learn why plant networks are an attractive target and how to protect them with the IEC 62443 series framework. You will cover zones and conduits, security levels and the first practical steps: inventory, segmentation, remote access and backups.",
        },
        "outcomes": {
            "es": [
                "Explicar las diferencias de prioridades entre la seguridad de TI y la de TO.",
                "Describir la estructura de la serie IEC 62443 y los roles que define.",
                "Dividir una red de planta en zonas y conductos con un nivel de seguridad objetivo.",
                "Elaborar un plan de primeros pasos con inventario, segmentación, acceso remoto y respaldos.",
            ],
            "en": [
                "Explain the differences in priorities between IT and OT security.",
                "Describe the structure of the IEC 62443 series and the roles it defines.",
                "Divide a plant network into zones and conduits with a target security level.",
                "Draw up a first-steps plan with inventory, segmentation, remote access and backups.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de control, automatización y sistemas, y técnicos que administran PLC, HMI o redes de planta.",
            "en": "For control, automation and IT engineers and technicians who manage PLCs, HMIs or plant networks.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Este curso prepara para una certificación IEC 62443?",
                    "en": "Does this course prepare me for an IEC 62443 certification?",
                },
                "a": {
                    "es": "Es una introducción práctica. Te da las bases para después cursar programas de certificación formales, pero no sustituye sus requisitos.",
                    "en": "It is a practical introduction. It gives you the basis to go on to formal certification programmes later, but it does not replace their requirements.",
                },
            },
            {
                "q": {"es": "¿Se habla de TISAX?", "en": "Is TISAX covered?"},
                "a": {
                    "es": "Sí, brevemente. Algunos fabricantes piden a sus proveedores la evaluación TISAX para proteger información sensible, como datos de prototipos; la lección 2 explica cómo se relaciona con la seguridad de planta.",
                    "en": "Yes, briefly. Some manufacturers ask their suppliers for a TISAX assessment to protect sensitive information, such as prototype data; lesson 2 explains how it relates to plant security.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: El riesgo en TO", "en": "Module 1: Risk in OT"},
                "title": {
                    "es": "Por qué la planta es un blanco y qué propone IEC 62443",
                    "en": "Why the plant is a target and what IEC 62443 proposes",
                },
                "slug": {"es": "riesgo-to-iec-62443", "en": "ot-risk-iec-62443"},
                "summary": {
                    "es": "Conoce las amenazas a la tecnología de operación y la estructura de la serie IEC 62443.",
                    "en": "Learn about the threats to operational technology and the structure of the IEC 62443 series.",
                },
                "paragraphs": {
                    "es": [
                        "En las oficinas, la seguridad informática prioriza la confidencialidad de la información. En la planta, la tecnología de operación (TO) prioriza la disponibilidad y la seguridad de las personas: una línea detenida cuesta miles de pesos por minuto y, en un esquema justo a tiempo, puede parar también la planta del cliente. Las redes de planta suelen tener equipos con sistemas operativos sin soporte, redes planas donde todo se comunica con todo y accesos remotos de proveedores poco controlados, lo que las hace vulnerables al ransomware.",
                        "La serie IEC 62443, desarrollada con el comité ISA99, es el marco internacional de referencia para la ciberseguridad de sistemas de automatización y control industrial. Se organiza en cuatro grupos: conceptos generales; políticas y procedimientos, como el programa de seguridad del dueño del activo (parte 2-1); requisitos de sistema, como la evaluación de riesgos (3-2) y los requisitos de seguridad del sistema (3-3); y requisitos de componentes y de desarrollo seguro (4-1 y 4-2). Define tres roles: dueño del activo, integrador y proveedor de producto.",
                        "Dos conceptos centrales son las zonas y los conductos. Una zona agrupa activos con requisitos de seguridad similares, como las celdas de soldadura de una línea; un conducto es el canal de comunicación entre zonas, donde se aplican controles como firewalls. A cada zona se le asigna un nivel de seguridad objetivo, del SL 1, protección contra errores o violaciones casuales, al SL 4, protección contra atacantes sofisticados con muchos recursos. Después se compara el nivel alcanzado con el objetivo para decidir qué controles faltan.",
                    ],
                    "en": [
                        "In the office, IT security prioritises the confidentiality of information. In the plant, operational technology (OT) prioritises availability and people's safety: a stopped line costs thousands of pesos per minute and, in a just-in-time scheme, can also stop the customer's plant. Plant networks often have equipment with unsupported operating systems, flat networks where everything talks to everything and poorly controlled remote access by vendors, which makes them vulnerable to ransomware.",
                        "The IEC 62443 series, developed together with the ISA99 committee, is the international reference framework for the cybersecurity of industrial automation and control systems. It is organised into four groups: general concepts; policies and procedures, such as the asset owner's security programme (part 2-1); system requirements, such as risk assessment (3-2) and system security requirements (3-3); and component and secure development requirements (4-1 and 4-2). It defines three roles: asset owner, integrator and product supplier.",
                        "Two central concepts are zones and conduits. A zone groups assets with similar security requirements, such as the welding cells of a line; a conduit is the communication channel between zones, where controls such as firewalls are applied. Each zone is given a target security level, from SL 1, protection against casual errors or violations, to SL 4, protection against sophisticated attackers with extensive resources. The achieved level is then compared with the target to decide which controls are missing.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Primeros pasos", "en": "Module 2: First steps"},
                "title": {
                    "es": "Inventario, segmentación y acceso remoto",
                    "en": "Inventory, segmentation and remote access",
                },
                "slug": {"es": "inventario-y-segmentacion", "en": "inventory-and-segmentation"},
                "summary": {
                    "es": "Aplica las medidas que reducen más riesgo con menos inversión en una planta existente.",
                    "en": "Apply the measures that reduce the most risk for the least investment in an existing plant.",
                },
                "paragraphs": {
                    "es": [
                        "No puedes proteger lo que no conoces. El primer paso es un inventario de activos: PLC, HMI, estaciones de ingeniería, servidores, switches y cualquier equipo conectado, con su versión de firmware, su ubicación, su responsable y con qué otros equipos se comunica. Las herramientas de monitoreo pasivo, que escuchan el tráfico sin enviar paquetes, ayudan a descubrir equipos olvidados sin riesgo de afectar la producción. El inventario también te dirá qué equipos ya no reciben actualizaciones del fabricante.",
                        "El segundo paso es segmentar la red. El modelo Purdue organiza los sistemas en niveles, desde los sensores y actuadores hasta los sistemas empresariales. Entre la red corporativa y la de planta se coloca una zona desmilitarizada industrial, de modo que ningún equipo de oficina se comunique directamente con un PLC. Los firewalls deben permitir solo el tráfico necesario y bloquear todo lo demás, y los equipos de control nunca deben tener acceso directo a internet.",
                        "El acceso remoto de proveedores e integradores debe pasar por un servidor de salto con autenticación de múltiples factores, aprobación por sesión y registro de actividad. Respalda los programas y configuraciones de PLC, robots y HMI, guarda copias fuera de línea y prueba que se puedan restaurar. Completa estas medidas con un plan de respuesta a incidentes y formación contra el phishing y el uso de memorias USB. Si tu cliente te solicita TISAX, muchas de estas prácticas te ayudarán a cumplir.",
                    ],
                    "en": [
                        "You cannot protect what you do not know. The first step is an asset inventory: PLCs, HMIs, engineering workstations, servers, switches and any connected equipment, with its firmware version, location, owner and which other devices it communicates with. Passive monitoring tools, which listen to traffic without sending packets, help discover forgotten devices without risk of affecting production. The inventory will also tell you which devices no longer receive updates from the manufacturer.",
                        "The second step is to segment the network. The Purdue model organises systems into levels, from sensors and actuators up to enterprise systems. An industrial demilitarised zone is placed between the corporate network and the plant network, so that no office computer communicates directly with a PLC. Firewalls should allow only the necessary traffic and block everything else, and control equipment should never have direct internet access.",
                        "Remote access by vendors and integrators should go through a jump server with multi-factor authentication, per-session approval and activity logging. Back up the programs and configurations of PLCs, robots and HMIs, keep offline copies and test that they can be restored. Complete these measures with an incident response plan and training against phishing and the use of USB drives. If your customer asks you for TISAX, many of these practices will help you comply.",
                    ],
                },
                "callout": {
                    "es": "Un respaldo que nunca se ha restaurado no es un respaldo confiable. Programa una prueba de restauración al menos dos veces al año.",
                    "en": "A backup that has never been restored is not a reliable backup. Schedule a restore test at least twice a year.",
                },
            },
        ],
    },
    {
        "key": "i40-cloud-edge",
        "code": "I4-07",
        "programme": "industry-4-0",
        "path_order": 7,
        "prerequisites": [],
        "cluster": None,
        "discipline": "cloud-edge",
        "level": "intermediate",
        "modality": "online",
        "languages": "es",
        "audience": ["engineer"],
        "hours": "12",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["fernanda-rosales"],
        "title": {
            "es": "Nube y edge computing para manufactura",
            "en": "Cloud and edge computing for manufacturing",
        },
        "slug": {"es": "nube-y-edge", "en": "cloud-and-edge"},
        "summary": {
            "es": "Decide qué datos procesar junto a la máquina, cuáles en un servidor de planta y cuáles en la nube. Aprenderás a diseñar una arquitectura híbrida segura, escalable y con costos bajo control.",
            "en": "Decide which data to process next to the machine, which on a plant server and which in the cloud. You will learn to design a hybrid architecture that is secure, scalable and cost-controlled.",
        },
        "outcomes": {
            "es": [
                "Explicar los modelos de servicio IaaS, PaaS y SaaS.",
                "Decidir dónde procesar los datos según latencia, volumen, conectividad y seguridad.",
                "Diseñar un flujo de datos del PLC a la nube con almacenamiento y reenvío en el edge.",
                "Estimar los costos y definir reglas de gobierno de datos en la nube.",
            ],
            "en": [
                "Explain the IaaS, PaaS and SaaS service models.",
                "Decide where to process data according to latency, volume, connectivity and security.",
                "Design a data flow from PLC to cloud with store-and-forward at the edge.",
                "Estimate costs and define data governance rules in the cloud.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de sistemas, automatización y manufactura que definen o evalúan plataformas de datos industriales.",
            "en": "For IT, automation and manufacturing engineers who define or evaluate industrial data platforms.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿El curso se enfoca en un proveedor de nube?",
                    "en": "Does the course focus on one cloud provider?",
                },
                "a": {
                    "es": "No. Los conceptos aplican a cualquier proveedor; los ejemplos muestran servicios equivalentes de los principales.",
                    "en": "No. The concepts apply to any provider; the examples show equivalent services from the main ones.",
                },
            },
            {
                "q": {
                    "es": "¿Necesito experiencia en programación?",
                    "en": "Do I need programming experience?",
                },
                "a": {
                    "es": "No es necesaria, aunque te será útil conocer conceptos básicos de redes y de bases de datos.",
                    "en": "It is not necessary, although basic knowledge of networks and databases will be useful.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Conceptos", "en": "Module 1: Concepts"},
                "title": {
                    "es": "Dónde procesar los datos: nube, edge o ambos",
                    "en": "Where to process data: cloud, edge or both",
                },
                "slug": {"es": "nube-edge-o-ambos", "en": "cloud-edge-or-both"},
                "summary": {
                    "es": "Compara el cómputo en la nube con el cómputo en el borde y aprende los criterios para repartir el trabajo.",
                    "en": "Compare cloud computing with edge computing and learn the criteria for splitting the work.",
                },
                "paragraphs": {
                    "es": [
                        "El cómputo en la nube ofrece servidores, almacenamiento y servicios bajo demanda a través de internet, y se paga según el uso. Se describe en tres modelos: infraestructura como servicio (IaaS), donde rentas máquinas virtuales y las administras; plataforma como servicio (PaaS), donde usas bases de datos, colas de mensajes o servicios de analítica sin administrar servidores; y software como servicio (SaaS), donde usas una aplicación completa, como un sistema de mantenimiento en línea. Su ventaja es la elasticidad: puedes crecer o reducir capacidad en minutos.",
                        "El cómputo en el borde, o edge computing, procesa los datos cerca de donde se generan: en una computadora industrial junto a la máquina, en un gateway o en un servidor dentro de la planta. Ofrece latencias de milisegundos, sigue funcionando si se cae la conexión a internet y reduce el volumen de datos que se envía. Por ejemplo, un sensor de vibración que muestrea miles de veces por segundo puede analizarse en el edge y enviar a la nube solo un resumen cada minuto.",
                        "Para decidir dónde procesar cada cosa considera la latencia requerida, el volumen de datos, la confiabilidad de la conexión, los requisitos de seguridad y confidencialidad, y el costo. Una regla práctica: el control en tiempo real se queda en el PLC; el análisis casi en tiempo real, el filtrado y el almacenamiento temporal van al edge; y el histórico de largo plazo, las comparaciones entre plantas y el entrenamiento de modelos de inteligencia artificial van a la nube.",
                    ],
                    "en": [
                        "Cloud computing offers servers, storage and services on demand over the internet, paid for according to use. It is described in three models: infrastructure as a service (IaaS), where you rent virtual machines and manage them; platform as a service (PaaS), where you use databases, message queues or analytics services without managing servers; and software as a service (SaaS), where you use a complete application, such as an online maintenance system. Its advantage is elasticity: you can scale capacity up or down in minutes.",
                        "Edge computing processes data close to where they are generated: on an industrial computer next to the machine, on a gateway or on a server inside the plant. It offers latencies of milliseconds, keeps working if the internet connection drops and reduces the volume of data sent. For example, a vibration sensor that samples thousands of times per second can be analysed at the edge and send only a summary to the cloud every minute.",
                        "To decide where to process each thing, consider the required latency, the data volume, the reliability of the connection, the security and confidentiality requirements, and the cost. A practical rule: real-time control stays in the PLC; near real-time analysis, filtering and temporary storage go to the edge; and long-term history, comparisons between plants and the training of artificial intelligence models go to the cloud.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Arquitectura híbrida",
                    "en": "Module 2: Hybrid architecture",
                },
                "title": {
                    "es": "Diseñar una arquitectura híbrida",
                    "en": "Designing a hybrid architecture",
                },
                "slug": {"es": "arquitectura-hibrida", "en": "hybrid-architecture"},
                "summary": {
                    "es": "Arma un flujo de datos del piso de producción a la nube que sea robusto, seguro y escalable.",
                    "en": "Put together a data flow from the shop floor to the cloud that is robust, secure and scalable.",
                },
                "paragraphs": {
                    "es": [
                        "Un flujo típico empieza en el PLC, que publica sus variables por OPC UA. Un gateway en el edge las lee, normaliza nombres y unidades, filtra y las almacena temporalmente; si se pierde la conexión, guarda los datos y los reenvía cuando se restablece, lo que se conoce como almacenar y reenviar. Después las publica por MQTT o HTTPS hacia la nube, donde se guardan en un lago de datos y alimentan tableros y modelos. Algunas plantas organizan todos sus datos en un espacio de nombres unificado con una jerarquía común.",
                        "Para administrar aplicaciones en muchos equipos edge se usan contenedores, que empaquetan una aplicación con todo lo que necesita, y orquestadores ligeros que permiten desplegar y actualizar la misma versión en varias plantas desde un punto central. Un patrón común es entrenar modelos de inteligencia artificial en la nube, donde hay capacidad de cómputo, y ejecutarlos en el edge, donde se necesita una respuesta rápida y confiable aunque falle la red.",
                        "La nube cobra por almacenamiento, por cómputo y por transferencia de datos de salida, así que estima los costos antes de enviar todo. Define cuánto tiempo guardarás cada tipo de dato y quién puede acceder a él. En seguridad, usa conexiones que solo salgan de la planta hacia la nube, nunca puertos abiertos de entrada, certificados para cada dispositivo y el mínimo privilegio para cada usuario. Evalúa también la dependencia de un solo proveedor y documenta cómo opera la planta si se pierde internet.",
                    ],
                    "en": [
                        "A typical flow starts at the PLC, which publishes its variables over OPC UA. An edge gateway reads them, normalises names and units, filters and stores them temporarily; if the connection is lost, it keeps the data and forwards them when the link is restored, which is known as store and forward. It then publishes them over MQTT or HTTPS to the cloud, where they are stored in a data lake and feed dashboards and models. Some plants organise all their data in a unified namespace with a common hierarchy.",
                        "To manage applications on many edge devices, containers are used, which package an application with everything it needs, together with lightweight orchestrators that let you deploy and update the same version in several plants from a central point. A common pattern is to train artificial intelligence models in the cloud, where computing capacity is available, and run them at the edge, where a fast and reliable response is needed even if the network fails.",
                        "The cloud charges for storage, for computing and for outbound data transfer, so estimate the costs before sending everything. Define how long you will keep each type of data and who can access it. For security, use connections that only go out from the plant to the cloud, never open inbound ports, certificates for each device and least privilege for each user. Also assess dependence on a single provider and document how the plant operates if the internet goes down.",
                    ],
                },
                "callout": {
                    "es": "Calcula el volumen antes de conectar: 200 variables cada segundo generan más de 17 millones de registros al día.",
                    "en": "Calculate the volume before connecting: 200 variables every second generate more than 17 million records a day.",
                },
            },
        ],
    },
    {
        "key": "i40-ar-vr",
        "code": "I4-08",
        "programme": "industry-4-0",
        "path_order": 8,
        "prerequisites": [],
        "cluster": None,
        "discipline": "ar-vr",
        "level": "basic",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer", "technician", "operator"],
        "hours": "12",
        "min_attendance_percent": 80,
        "min_hours": "9.6",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["ana-sofia-echeverria", "jorge-medina"],
        "title": {
            "es": "Realidad aumentada y virtual en la planta",
            "en": "Augmented and virtual reality in the plant",
        },
        "slug": {"es": "realidad-aumentada-y-virtual", "en": "augmented-and-virtual-reality"},
        "summary": {
            "es": "Conoce las tecnologías de realidad extendida y sus aplicaciones en capacitación, asistencia remota, instrucciones de trabajo y validación de diseños. En la sesión presencial probarás visores y lentes inteligentes en casos reales de planta.",
            "en": "Get to know extended reality technologies and their applications in training, remote assistance, work instructions and design validation. In the in-person session you will try headsets and smart glasses on real plant cases.",
        },
        "outcomes": {
            "es": [
                "Distinguir entre realidad aumentada, virtual y mixta.",
                "Seleccionar el dispositivo adecuado según la tarea y el entorno de la planta.",
                "Identificar casos de uso con un beneficio medible.",
                "Planear un piloto con métricas, contenido y cuidados de seguridad y ergonomía.",
            ],
            "en": [
                "Distinguish between augmented, virtual and mixed reality.",
                "Select the right device according to the task and the plant environment.",
                "Identify use cases with a measurable benefit.",
                "Plan a pilot with metrics, content and attention to safety and ergonomics.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros, técnicos de mantenimiento, instructores internos y operadores líderes interesados en nuevas formas de capacitar y asistir.",
            "en": "For engineers, maintenance technicians, in-house trainers and lead operators interested in new ways of training and assisting.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Puedo usar los visores si uso lentes?",
                    "en": "Can I use the headsets if I wear glasses?",
                },
                "a": {
                    "es": "Sí. La mayoría de los visores admiten lentes graduados o tienen ajustes de distancia; avisa al instructor para que prepare el equipo adecuado.",
                    "en": "Yes. Most headsets accommodate prescription glasses or have distance adjustments; let the instructor know so they can prepare the right equipment.",
                },
            },
            {
                "q": {
                    "es": "¿Qué pasa si me mareo con la realidad virtual?",
                    "en": "What if I get dizzy in virtual reality?",
                },
                "a": {
                    "es": "Es común al principio. Las prácticas son cortas y puedes pausar en cualquier momento; la lección 2 explica cómo reducir este efecto.",
                    "en": "It is common at first. The practice sessions are short and you can pause at any time; lesson 2 explains how to reduce this effect.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Tecnologías", "en": "Module 1: Technologies"},
                "title": {
                    "es": "Realidad aumentada, virtual y mixta",
                    "en": "Augmented, virtual and mixed reality",
                },
                "slug": {"es": "aumentada-virtual-y-mixta", "en": "augmented-virtual-and-mixed"},
                "summary": {
                    "es": "Diferencia las tecnologías de realidad extendida, sus dispositivos y sus aplicaciones en manufactura.",
                    "en": "Tell the extended reality technologies apart, along with their devices and their applications in manufacturing.",
                },
                "paragraphs": {
                    "es": [
                        "La realidad virtual (RV) sumerge al usuario en un entorno completamente digital mediante un visor que bloquea la vista del mundo real. La realidad aumentada (RA) superpone información digital, como flechas, textos o modelos 3D, sobre lo que el usuario ve, usando una tableta, un teléfono o lentes inteligentes. La realidad mixta va un paso más allá: ancla objetos virtuales al entorno real y permite interactuar con ellos como si estuvieran ahí. El término realidad extendida (XR) agrupa a las tres.",
                        "La elección del dispositivo depende de la tarea. Las tabletas son la opción más accesible para realidad aumentada y casi todos saben usarlas. Los lentes de realidad asistida muestran una pequeña pantalla frente a un ojo, dejan las manos libres y resisten el ambiente industrial. Los visores de realidad mixta ofrecen la experiencia más rica, pero son más pesados y costosos. En planta, revisa la compatibilidad con el equipo de protección, la duración de la batería, la cobertura de Wi-Fi y la higiene de los equipos compartidos.",
                        "Los casos de uso más maduros en la industria automotriz son cuatro. La capacitación en RV permite practicar tareas como soldadura o pintura sin gastar material ni arriesgar equipo. La asistencia remota permite que un especialista, incluso en otro país, vea lo que ve el técnico y lo guíe, evitando viajes. Las instrucciones de trabajo en RA muestran cada paso sobre la pieza real. Y las revisiones de diseño en RV permiten validar la ergonomía de una estación antes de construirla.",
                    ],
                    "en": [
                        "Virtual reality (VR) immerses the user in a completely digital environment through a headset that blocks the view of the real world. Augmented reality (AR) overlays digital information, such as arrows, text or 3D models, on what the user sees, using a tablet, a phone or smart glasses. Mixed reality goes one step further: it anchors virtual objects to the real environment and lets you interact with them as if they were there. The term extended reality (XR) covers all three.",
                        "The choice of device depends on the task. Tablets are the most accessible option for augmented reality and almost everyone knows how to use them. Assisted reality glasses show a small screen in front of one eye, leave the hands free and withstand the industrial environment. Mixed reality headsets offer the richest experience, but are heavier and more expensive. In the plant, check compatibility with protective equipment, battery life, Wi-Fi coverage and the hygiene of shared devices.",
                        "The most mature use cases in the automotive industry are four. VR training lets people practise tasks such as welding or painting without wasting material or risking equipment. Remote assistance lets a specialist, even in another country, see what the technician sees and guide them, avoiding travel. AR work instructions show each step on the real part. And VR design reviews make it possible to validate the ergonomics of a workstation before building it.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Implementación", "en": "Module 2: Implementation"},
                "title": {
                    "es": "Cómo lanzar un piloto de realidad extendida",
                    "en": "How to launch an extended reality pilot",
                },
                "slug": {"es": "piloto-de-realidad-extendida", "en": "extended-reality-pilot"},
                "summary": {
                    "es": "Planea un piloto con métricas claras, contenido útil y atención a la seguridad y la ergonomía.",
                    "en": "Plan a pilot with clear metrics, useful content and attention to safety and ergonomics.",
                },
                "paragraphs": {
                    "es": [
                        "Elige un caso de uso con un beneficio que puedas medir: el tiempo que tarda un operador nuevo en alcanzar el estándar, el porcentaje de ensambles correctos a la primera, las horas de paro esperando a un especialista o el gasto en viajes de soporte técnico. Mide la línea base antes de empezar. Sin una comparación clara, el piloto terminará evaluándose por lo impresionante de la tecnología y no por sus resultados, y será difícil justificar su expansión.",
                        "El contenido es la parte que más trabajo requiere. Puedes reutilizar modelos CAD, aunque hay que simplificarlos para que funcionen con fluidez en los dispositivos; escanear piezas en 3D o grabar video de 360 grados. Las herramientas de autoría sin código permiten que ingenieros e instructores creen instrucciones sin programar. Mantén cada paso breve, involucra a los operadores con más experiencia para capturar su conocimiento y prepara el contenido en español y, si se necesita, en inglés.",
                        "Cuida los factores humanos. Algunas personas sienten mareo en realidad virtual, por eso conviene empezar con sesiones de quince a veinte minutos. Considera el peso del visor y las pausas. Nunca uses realidad virtual cerca de máquinas en movimiento, y asegúrate de que la información de realidad aumentada no tape la visión de peligros. Si se graban videos en la planta, acuerda con las áreas de recursos humanos y legal cómo se protegerán la privacidad y la información confidencial.",
                    ],
                    "en": [
                        "Choose a use case with a benefit you can measure: the time it takes a new operator to reach standard, the percentage of assemblies right first time, the hours of downtime waiting for a specialist or the spending on technical support travel. Measure the baseline before starting. Without a clear comparison, the pilot will end up being judged on how impressive the technology is rather than on its results, and it will be hard to justify expanding it.",
                        "Content is the part that requires the most work. You can reuse CAD models, although they must be simplified to run smoothly on the devices; scan parts in 3D or record 360 degree video. No-code authoring tools let engineers and trainers create instructions without programming. Keep each step short, involve the most experienced operators to capture their knowledge and prepare the content in Spanish and, if needed, in English.",
                        "Look after human factors. Some people feel dizzy in virtual reality, so it is best to start with sessions of fifteen to twenty minutes. Consider the weight of the headset and breaks. Never use virtual reality near moving machinery, and make sure augmented reality information does not block the view of hazards. If videos are recorded in the plant, agree with human resources and legal how privacy and confidential information will be protected.",
                    ],
                },
                "callout": {
                    "es": "La práctica con visores se realiza en un área delimitada y despejada, con un compañero que observa al usuario.",
                    "en": "Headset practice takes place in a marked, clear area, with a colleague watching the user.",
                },
            },
        ],
    },
    {
        "key": "i40-ai-ml",
        "code": "I4-09",
        "programme": "industry-4-0",
        "path_order": 9,
        "prerequisites": [],
        "cluster": None,
        "discipline": "ai-ml",
        "level": "advanced",
        "modality": "online",
        "languages": "es_en",
        "audience": ["engineer"],
        "hours": "24",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "8000",
        "instructors": ["ana-sofia-echeverria"],
        "title": {
            "es": "Inteligencia artificial y aprendizaje automático en manufactura",
            "en": "Artificial intelligence and machine learning in manufacturing",
        },
        "slug": {"es": "inteligencia-artificial", "en": "artificial-intelligence"},
        "summary": {
            "es": "Entiende cómo aprenden los modelos de aprendizaje automático y qué se necesita para llevarlos del laboratorio a la línea. El curso culmina con el diseño de un proyecto de inspección visual con visión artificial, desde la captura de imágenes hasta el monitoreo en producción.",
            "en": "Understand how machine learning models learn and what it takes to bring them from the lab to the line. The course ends with the design of a machine-vision visual inspection project, from image capture to monitoring in production.",
        },
        "outcomes": {
            "es": [
                "Distinguir el aprendizaje supervisado del no supervisado y sus aplicaciones en planta.",
                "Explicar el entrenamiento, la validación y el sobreajuste de un modelo.",
                "Preparar un conjunto de datos etiquetado y balanceado para inspección visual.",
                "Evaluar un modelo con precisión, exhaustividad y matriz de confusión, y vigilar su desempeño en producción.",
            ],
            "en": [
                "Distinguish supervised from unsupervised learning and their plant applications.",
                "Explain the training, validation and overfitting of a model.",
                "Prepare a labelled, balanced data set for visual inspection.",
                "Evaluate a model with precision, recall and a confusion matrix, and monitor its performance in production.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de calidad, procesos y sistemas con bases de estadística que quieren liderar o evaluar proyectos de inteligencia artificial.",
            "en": "For quality, process and IT engineers with a grounding in statistics who want to lead or evaluate artificial intelligence projects.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Necesito programar en Python?",
                    "en": "Do I need to program in Python?",
                },
                "a": {
                    "es": "Las lecciones no lo exigen. Los ejercicios opcionales usan cuadernos de Python ya preparados en los que solo cambias parámetros.",
                    "en": "The lessons do not require it. The optional exercises use ready-made Python notebooks in which you only change parameters.",
                },
            },
            {
                "q": {
                    "es": "¿Se aborda la inteligencia artificial generativa?",
                    "en": "Is generative artificial intelligence covered?",
                },
                "a": {
                    "es": "Sí, de forma introductoria: sus usos para consultar manuales y procedimientos, y por qué sus respuestas siempre deben verificarse.",
                    "en": "Yes, at an introductory level: its uses for querying manuals and procedures, and why its answers must always be checked.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Fundamentos", "en": "Module 1: Fundamentals"},
                "title": {"es": "Cómo aprende una máquina", "en": "How a machine learns"},
                "slug": {"es": "como-aprende-una-maquina", "en": "how-a-machine-learns"},
                "summary": {
                    "es": "Conoce los tipos de aprendizaje automático, cómo se entrena un modelo y dónde aporta valor en la planta.",
                    "en": "Learn the types of machine learning, how a model is trained and where it adds value in the plant.",
                },
                "paragraphs": {
                    "es": [
                        "La inteligencia artificial es el campo amplio de los sistemas que realizan tareas que asociamos con la inteligencia humana. El aprendizaje automático es la parte que aprende patrones a partir de datos, en lugar de seguir reglas escritas por un programador. En el aprendizaje supervisado, el modelo aprende de ejemplos etiquetados, como imágenes marcadas como pieza buena o defectuosa, para clasificar o predecir valores. En el no supervisado, busca estructuras sin etiquetas, por ejemplo agrupaciones o comportamientos anómalos en las señales de una máquina.",
                        "Entrenar un modelo significa ajustar sus parámetros para que sus predicciones se parezcan a los ejemplos; usarlo después con datos nuevos se llama inferencia. Los datos se dividen en conjuntos de entrenamiento, validación y prueba para medir el desempeño con datos que el modelo no ha visto. Si un modelo memoriza el entrenamiento pero falla con datos nuevos, está sobreajustado. Las redes neuronales profundas dominan en imágenes y señales, y los modelos generativos de lenguaje ayudan a consultar documentación, aunque sus respuestas deben verificarse.",
                        "En manufactura, los casos de uso más comunes son la inspección visual, el mantenimiento predictivo a partir de vibración o corriente, la optimización de parámetros de proceso, el pronóstico de demanda y la reducción del consumo de energía. Un proyecto tiene posibilidades de éxito cuando cumple tres condiciones: hay suficientes datos representativos, existe un dueño del proceso comprometido y la predicción del modelo cambia una decisión concreta. Si falta alguna, conviene empezar por la analítica descriptiva.",
                    ],
                    "en": [
                        "Artificial intelligence is the broad field of systems that perform tasks we associate with human intelligence. Machine learning is the part that learns patterns from data, instead of following rules written by a programmer. In supervised learning, the model learns from labelled examples, such as images marked as good or defective parts, to classify or predict values. In unsupervised learning, it looks for structure without labels, for example clusters or anomalous behaviour in a machine's signals.",
                        "Training a model means adjusting its parameters so that its predictions resemble the examples; using it afterwards on new data is called inference. The data are split into training, validation and test sets to measure performance on data the model has not seen. If a model memorises the training set but fails on new data, it is overfitted. Deep neural networks dominate in images and signals, and generative language models help in querying documentation, although their answers must be checked.",
                        "In manufacturing, the most common use cases are visual inspection, predictive maintenance from vibration or current, process parameter optimisation, demand forecasting and reducing energy consumption. A project has a chance of success when it meets three conditions: there are enough representative data, there is a committed process owner and the model's prediction changes a specific decision. If any is missing, it is better to start with descriptive analytics.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Caso práctico", "en": "Module 2: Practical case"},
                "title": {
                    "es": "Un proyecto de inspección visual con visión artificial",
                    "en": "A machine-vision visual inspection project",
                },
                "slug": {"es": "inspeccion-visual", "en": "visual-inspection"},
                "summary": {
                    "es": "Recorre las etapas de un proyecto de inspección automática, desde la iluminación hasta el monitoreo del modelo.",
                    "en": "Walk through the stages of an automatic inspection project, from lighting to model monitoring.",
                },
                "paragraphs": {
                    "es": [
                        "Un proyecto de inspección visual empieza con calidad, no con el algoritmo. Define con precisión cada defecto y su criterio de aceptación, con muestras límite aprobadas. Después diseña la captura de imagen: la iluminación resuelve la mitad del problema, ya sea con luz de fondo para siluetas, domos difusos para superficies brillantes o luz rasante para rayones. Elige la resolución de la cámara para que el defecto más pequeño que debes detectar ocupe varios pixeles.",
                        "Reúne imágenes de piezas buenas y defectuosas en condiciones reales de producción. Como los defectos son raros, el conjunto suele estar desbalanceado; puedes compensarlo con más muestras de defectos, técnicas de aumento de datos o modelos de detección de anomalías que aprenden solo de piezas buenas. El etiquetado debe ser consistente: si dos inspectores no coinciden, el modelo tampoco lo hará. Separa los datos de entrenamiento y de prueba por lote de producción para evitar resultados engañosamente buenos.",
                        "Evalúa el modelo con la matriz de confusión. La exhaustividad indica qué proporción de los defectos reales detecta, y la precisión qué proporción de los rechazos son realmente defectos. En calidad automotriz un defecto no detectado llega al cliente, así que se prioriza la exhaustividad, pero demasiados falsos rechazos saturan la reinspección. Antes de confiar en el sistema, opéralo en paralelo con la inspección humana. En producción, vigila la deriva por cambios de proveedor o de iluminación y reentrena cuando sea necesario.",
                    ],
                    "en": [
                        "A visual inspection project starts with quality, not with the algorithm. Define each defect and its acceptance criterion precisely, with approved boundary samples. Then design the image capture: lighting solves half the problem, whether with backlighting for silhouettes, diffuse domes for shiny surfaces or low-angle light for scratches. Choose the camera resolution so that the smallest defect you must detect covers several pixels.",
                        "Collect images of good and defective parts under real production conditions. Because defects are rare, the data set is usually unbalanced; you can compensate with more defect samples, data augmentation techniques or anomaly detection models that learn only from good parts. Labelling must be consistent: if two inspectors disagree, the model will not agree either. Split training and test data by production batch to avoid misleadingly good results.",
                        "Evaluate the model with the confusion matrix. Recall indicates what proportion of the real defects it detects, and precision what proportion of rejections are really defects. In automotive quality an undetected defect reaches the customer, so recall is prioritised, but too many false rejects overwhelm re-inspection. Before trusting the system, run it in parallel with human inspection. In production, watch for drift due to changes of supplier or lighting and retrain when necessary.",
                    ],
                },
                "callout": {
                    "es": "Incluye el sistema de visión en tu plan de control y en tu análisis del sistema de medición, como cualquier otro método de inspección.",
                    "en": "Include the vision system in your control plan and in your measurement system analysis, like any other inspection method.",
                },
            },
        ],
    },
    {
        "key": "i40-plc",
        "code": "I4-10",
        "programme": "industry-4-0",
        "path_order": 10,
        "prerequisites": [],
        "cluster": None,
        "discipline": "plc-automation",
        "level": "basic",
        "modality": "in_person",
        "languages": "es",
        "audience": ["technician", "operator", "engineer"],
        "hours": "32",
        "min_attendance_percent": 90,
        "min_hours": "28.8",
        "pass_mark": 70,
        "min_lessons_percent": 50,
        "dc3_thematic_area": "5000",
        "instructors": ["jorge-medina"],
        "title": {"es": "PLC y automatización industrial", "en": "PLCs and industrial automation"},
        "slug": {"es": "plc-y-automatizacion", "en": "plc-and-automation"},
        "summary": {
            "es": "Aprende cómo funciona un controlador lógico programable y escribe tus primeros programas en lógica de escalera. Las sesiones son prácticas, con tableros de entrenamiento con botones, sensores, motores y pantallas HMI.",
            "en": "Learn how a programmable logic controller works and write your first ladder logic programs. The sessions are hands-on, with training panels fitted with push buttons, sensors, motors and HMI screens.",
        },
        "outcomes": {
            "es": [
                "Identificar los componentes de un PLC y explicar su ciclo de escaneo.",
                "Reconocer los lenguajes de la norma IEC 61131-3 y cuándo usar cada uno.",
                "Programar un circuito de arranque y paro con enclavamiento.",
                "Usar temporizadores y contadores en aplicaciones sencillas.",
            ],
            "en": [
                "Identify the components of a PLC and explain its scan cycle.",
                "Recognise the IEC 61131-3 languages and when to use each one.",
                "Program a start-stop circuit with a seal-in.",
                "Use timers and counters in simple applications.",
            ],
        },
        "audience_text": {
            "es": "Para técnicos de mantenimiento, operadores que aspiran a puestos técnicos e ingenieros que necesitan leer y modificar programas de PLC.",
            "en": "For maintenance technicians, operators aspiring to technical positions and engineers who need to read and modify PLC programs.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Necesito experiencia previa en electricidad?",
                    "en": "Do I need previous electrical experience?",
                },
                "a": {
                    "es": "Necesitas conocer conceptos básicos de circuitos de control, como botones, relevadores y contactos normalmente abiertos y cerrados. Si no los dominas, revisa el material de nivelación que recibes al inscribirte.",
                    "en": "You need to know basic control circuit concepts, such as push buttons, relays and normally open and closed contacts. If you are not confident with them, review the refresher material you receive when you enrol.",
                },
            },
            {
                "q": {"es": "¿Con qué marca de PLC se trabaja?", "en": "Which PLC brand is used?"},
                "a": {
                    "es": "Los tableros tienen PLC de dos de las marcas más usadas en la industria automotriz de México. Los conceptos son los mismos; cambian el software y algunos nombres de instrucciones.",
                    "en": "The panels have PLCs from two of the brands most used in Mexico's automotive industry. The concepts are the same; the software and some instruction names change.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: El controlador", "en": "Module 1: The controller"},
                "title": {
                    "es": "Arquitectura del PLC y lenguajes IEC 61131-3",
                    "en": "PLC architecture and IEC 61131-3 languages",
                },
                "slug": {"es": "arquitectura-y-lenguajes", "en": "architecture-and-languages"},
                "summary": {
                    "es": "Conoce las partes de un PLC, cómo ejecuta su programa y los lenguajes con que se programa.",
                    "en": "Learn the parts of a PLC, how it runs its program and the languages used to program it.",
                },
                "paragraphs": {
                    "es": [
                        "El controlador lógico programable nació en la industria automotriz. A finales de los años sesenta, la división Hydramatic de General Motors pidió un equipo que reemplazara los enormes tableros de relevadores que había que recablear en cada cambio de modelo, y de ahí surgió el Modicon 084. Un PLC actual tiene fuente de alimentación, una CPU, módulos de entradas y salidas digitales y analógicas, y módulos de comunicación. Las entradas y salidas pueden estar en el mismo chasis o distribuidas por la planta en una red industrial.",
                        "El PLC ejecuta su programa en un ciclo que se repite continuamente. Primero lee el estado de todas las entradas y lo guarda en una imagen de memoria; después ejecuta el programa de arriba hacia abajo usando esa imagen; luego actualiza las salidas y, por último, atiende comunicaciones y diagnósticos. Un ciclo completo dura normalmente unos milisegundos. Esto tiene consecuencias prácticas: un pulso más corto que el ciclo puede pasar desapercibido, y un perro guardián detiene el PLC si el ciclo tarda demasiado.",
                        "La norma IEC 61131-3 define los lenguajes de programación de PLC. El diagrama de escalera (LD) imita los esquemas de relevadores y es el favorito de mantenimiento para lógica discreta y enclavamientos. El diagrama de bloques de funciones (FBD) es útil para control de procesos. El texto estructurado (ST) se parece a un lenguaje de programación tradicional y facilita cálculos y manejo de datos. El diagrama funcional secuencial (SFC) organiza secuencias por pasos y transiciones. La lista de instrucciones (IL) quedó obsoleta en la edición de 2013.",
                    ],
                    "en": [
                        "The programmable logic controller was born in the automotive industry. In the late 1960s, the Hydramatic division of General Motors asked for a device to replace the huge relay panels that had to be rewired at every model change, and the Modicon 084 came out of it. A modern PLC has a power supply, a CPU, digital and analogue input and output modules, and communication modules. Inputs and outputs can be in the same rack or distributed around the plant on an industrial network.",
                        "The PLC runs its program in a cycle that repeats continuously. First it reads the state of all inputs and stores it in a memory image; then it executes the program from top to bottom using that image; next it updates the outputs and, finally, handles communications and diagnostics. A complete cycle normally takes a few milliseconds. This has practical consequences: a pulse shorter than the cycle may go unnoticed, and a watchdog stops the PLC if the cycle takes too long.",
                        "IEC 61131-3 defines the PLC programming languages. Ladder diagram (LD) mimics relay schematics and is maintenance's favourite for discrete logic and interlocks. Function block diagram (FBD) is useful for process control. Structured text (ST) resembles a traditional programming language and makes calculations and data handling easier. Sequential function chart (SFC) organises sequences into steps and transitions. Instruction list (IL) was made obsolete in the 2013 edition.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: Programación básica",
                    "en": "Module 2: Basic programming",
                },
                "title": {
                    "es": "Lógica de escalera: arranque y paro, temporizadores y contadores",
                    "en": "Ladder logic: start-stop, timers and counters",
                },
                "slug": {"es": "logica-de-escalera", "en": "ladder-logic"},
                "summary": {
                    "es": "Escribe los circuitos básicos que encontrarás en casi cualquier máquina de la planta.",
                    "en": "Write the basic circuits you will find in almost any machine in the plant.",
                },
                "paragraphs": {
                    "es": [
                        "Un diagrama de escalera tiene dos rieles verticales y varios peldaños horizontales que se leen de izquierda a derecha y de arriba hacia abajo. En cada peldaño hay condiciones a la izquierda y una salida a la derecha. El contacto normalmente abierto es verdadero cuando el bit asociado vale 1, y el contacto normalmente cerrado es verdadero cuando vale 0. Si existe un camino de condiciones verdaderas hasta la bobina, la salida se activa. Recuerda que estos contactos se refieren al estado del bit, no al cableado físico.",
                        "El circuito de arranque y paro con enclavamiento es el más importante. El botón de paro se cablea físicamente como normalmente cerrado, para que un cable roto detenga la máquina; el de arranque, como normalmente abierto. En el programa, el paro va en serie y el arranque en paralelo con un contacto de la propia salida del motor. Al oprimir arranque, la salida se activa y su contacto la mantiene encendida; al oprimir paro, se abre el circuito y el motor se detiene.",
                        "Los temporizadores y contadores completan las herramientas básicas. El temporizador con retardo a la conexión (TON) activa su salida cuando su entrada lleva cierto tiempo verdadera, por ejemplo para confirmar que una pieza está asentada. El de retardo a la desconexión (TOF) mantiene la salida un tiempo después de que la entrada se apaga. Los contadores ascendentes y descendentes cuentan eventos, como las piezas que entran a un contenedor. Documenta tus programas con comentarios claros y nunca uses la misma bobina en dos peldaños.",
                    ],
                    "en": [
                        "A ladder diagram has two vertical rails and several horizontal rungs that are read from left to right and from top to bottom. On each rung there are conditions on the left and an output on the right. The normally open contact is true when the associated bit is 1, and the normally closed contact is true when it is 0. If there is a path of true conditions up to the coil, the output turns on. Remember that these contacts refer to the state of the bit, not to the physical wiring.",
                        "The start-stop circuit with a seal-in is the most important one. The stop button is physically wired as normally closed, so that a broken wire stops the machine; the start button, as normally open. In the program, the stop goes in series and the start in parallel with a contact from the motor output itself. When start is pressed, the output turns on and its contact keeps it on; when stop is pressed, the circuit opens and the motor stops.",
                        "Timers and counters complete the basic toolkit. The on-delay timer (TON) turns on its output when its input has been true for a certain time, for example to confirm that a part is seated. The off-delay timer (TOF) keeps the output on for a time after the input turns off. Up and down counters count events, such as the parts going into a container. Document your programs with clear comments and never use the same coil on two rungs.",
                    ],
                },
                "callout": {
                    "es": "Los paros de emergencia no se programan en un PLC estándar: deben pasar por un relevador o un PLC de seguridad diseñados conforme a ISO 13849 o IEC 62061.",
                    "en": "Emergency stops are not programmed in a standard PLC: they must go through a safety relay or safety PLC designed according to ISO 13849 or IEC 62061.",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # Courses outside any programme, spread across the clusters
    # ------------------------------------------------------------------
    {
        "key": "usmca-rvc",
        "code": "TR-TMEC",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "metropolitano",
        "discipline": "trade",
        "level": "intermediate",
        "modality": "online",
        "languages": "es_en",
        "audience": ["executive", "engineer"],
        "hours": "4",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "3000",
        "instructors": ["patricia-ibarra"],
        "title": {
            "es": "Webinar T-MEC: reglas de origen y valor de contenido regional",
            "en": "USMCA webinar: rules of origin and regional value content",
        },
        "slug": {"es": "webinar-t-mec-reglas-de-origen", "en": "usmca-rules-of-origin-webinar"},
        "summary": {
            "es": "Webinar en vivo, con grabación y lecciones de apoyo, sobre las reglas de origen automotrices del T-MEC. Aprenderás a calcular el valor de contenido regional, a entender los requisitos de acero, aluminio y contenido laboral, y a documentar el origen de tus productos.",
            "en": "A live webinar, with a recording and supporting lessons, on the USMCA automotive rules of origin. You will learn to calculate regional value content, understand the steel, aluminium and labour value requirements, and document the origin of your products.",
        },
        "outcomes": {
            "es": [
                "Explicar los criterios para que una mercancía se considere originaria bajo el T-MEC.",
                "Identificar los requisitos específicos del sector automotriz: VCR, acero y aluminio, y valor de contenido laboral.",
                "Calcular el VCR con los métodos de valor de transacción y de costo neto.",
                "Reconocer los elementos mínimos de una certificación de origen y las obligaciones de conservar registros.",
            ],
            "en": [
                "Explain the criteria for a good to be considered originating under USMCA.",
                "Identify the automotive-specific requirements: RVC, steel and aluminium, and labour value content.",
                "Calculate RVC with the transaction value and net cost methods.",
                "Recognise the minimum data elements of a certification of origin and the record-keeping obligations.",
            ],
        },
        "audience_text": {
            "es": "Para directivos, gerentes de comercio exterior, compras y finanzas, e ingenieros de costos de empresas que exportan a Estados Unidos o Canadá o que abastecen a quienes lo hacen.",
            "en": "For executives, foreign trade, purchasing and finance managers, and cost engineers at companies that export to the United States or Canada or supply those who do.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Qué pasa si no puedo asistir en vivo?",
                    "en": "What if I cannot attend live?",
                },
                "a": {
                    "es": "La grabación queda disponible en el portal. Para obtener la constancia debes completar las lecciones y aprobar la evaluación, aunque veas el webinar grabado.",
                    "en": "The recording remains available on the portal. To obtain the certificate you must complete the lessons and pass the assessment, even if you watch the recorded webinar.",
                },
            },
            {
                "q": {
                    "es": "¿El webinar sustituye la asesoría de un agente aduanal?",
                    "en": "Does the webinar replace advice from a customs broker?",
                },
                "a": {
                    "es": "No. Te da las bases para entender las reglas y hablar con tu agente aduanal o tu asesor en comercio exterior, pero cada caso debe analizarse con el texto del tratado y sus reglamentaciones.",
                    "en": "No. It gives you the basis to understand the rules and talk to your customs broker or trade adviser, but each case must be analysed against the text of the agreement and its regulations.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Reglas de origen", "en": "Module 1: Rules of origin"},
                "title": {
                    "es": "Cómo se determina el origen en el T-MEC",
                    "en": "How origin is determined under USMCA",
                },
                "slug": {"es": "origen-en-el-t-mec", "en": "origin-under-usmca"},
                "summary": {
                    "es": "Conoce los criterios generales de origen y las reglas más estrictas que aplican a vehículos y autopartes.",
                    "en": "Learn the general origin criteria and the stricter rules that apply to vehicles and auto parts.",
                },
                "paragraphs": {
                    "es": [
                        "El Tratado entre México, Estados Unidos y Canadá (T-MEC), conocido en inglés como USMCA, entró en vigor el 1 de julio de 2020 y sustituyó al TLCAN. Solo las mercancías originarias reciben trato arancelario preferencial. Una mercancía es originaria si se obtuvo o produjo totalmente en la región, si se produjo exclusivamente con materiales originarios, o si sus materiales no originarios cumplen la regla específica de origen de su fracción arancelaria, que puede exigir un cambio de clasificación arancelaria, un valor de contenido regional mínimo o ambos.",
                        "Para el sector automotriz, las reglas son más exigentes que en el TLCAN. Los vehículos de pasajeros y camiones ligeros deben alcanzar un valor de contenido regional (VCR) de 75 %, frente al 62.5 % anterior, con un periodo de transición que concluyó en 2023. Las partes esenciales, como motor, transmisión, carrocería, chasis, ejes, suspensión, dirección y baterías avanzadas, también deben ser originarias con ese mismo umbral. Las partes principales y las complementarias tienen requisitos menores, de 70 % y 65 % respectivamente.",
                        "Además del VCR hay dos requisitos nuevos. Al menos 70 % del acero y del aluminio que compra el fabricante del vehículo debe ser originario de la región. Y el valor de contenido laboral exige que una parte del valor del vehículo, 40 % en vehículos de pasajeros y 45 % en camiones ligeros, provenga de operaciones con salarios de al menos 16 dólares por hora. Estos requisitos afectan a toda la cadena de suministro, porque el fabricante necesita información de origen de cada uno de sus proveedores.",
                    ],
                    "en": [
                        "The Agreement between Mexico, the United States and Canada (USMCA, known in Mexico as T-MEC) entered into force on 1 July 2020 and replaced NAFTA. Only originating goods receive preferential tariff treatment. A good is originating if it was wholly obtained or produced in the region, if it was produced exclusively from originating materials, or if its non-originating materials meet the product-specific rule of origin for its tariff item, which may require a change in tariff classification, a minimum regional value content or both.",
                        "For the automotive sector, the rules are stricter than under NAFTA. Passenger vehicles and light trucks must reach a regional value content (RVC) of 75%, compared with the previous 62.5%, with a transition period that ended in 2023. Core parts, such as the engine, transmission, body, chassis, axles, suspension, steering and advanced batteries, must also be originating at that same threshold. Principal and complementary parts have lower requirements, of 70% and 65% respectively.",
                        "Besides RVC there are two new requirements. At least 70% of the steel and aluminium purchased by the vehicle producer must originate in the region. And labour value content requires that a share of the vehicle's value, 40% for passenger vehicles and 45% for light trucks, come from operations with wages of at least 16 dollars per hour. These requirements affect the whole supply chain, because the producer needs origin information from each of its suppliers.",
                    ],
                },
                "callout": {
                    "es": "El T-MEC prevé una revisión conjunta de los tres países en 2026. Mantente atento a los cambios que puedan derivar de ella.",
                    "en": "USMCA provides for a joint review by the three countries in 2026. Keep an eye on any changes that may result from it.",
                },
            },
            {
                "module": {
                    "es": "Módulo 2: Cálculo y cumplimiento",
                    "en": "Module 2: Calculation and compliance",
                },
                "title": {
                    "es": "Cálculo del VCR y certificación de origen",
                    "en": "RVC calculation and certification of origin",
                },
                "slug": {
                    "es": "calculo-vcr-y-certificacion",
                    "en": "rvc-calculation-and-certification",
                },
                "summary": {
                    "es": "Calcula el valor de contenido regional y conoce cómo certificar y documentar el origen.",
                    "en": "Calculate regional value content and learn how to certify and document origin.",
                },
                "paragraphs": {
                    "es": [
                        "El VCR puede calcularse con dos métodos. Con el de valor de transacción, VCR = (VT - VMN) / VT x 100, donde VT es el valor de transacción de la mercancía y VMN el valor de los materiales no originarios. Con el de costo neto, VCR = (CN - VMN) / CN x 100, donde el costo neto excluye conceptos como promoción de ventas, mercadotecnia, servicio posventa, regalías, embarque y empaque. Para vehículos y sus partes esenciales se usa el método de costo neto. Si una pieza tiene un costo neto de 1,000 dólares y 280 de materiales no originarios, su VCR es de 72 %.",
                        "El tratado permite la acumulación: la producción y los materiales de cualquiera de los tres países cuentan como regionales. Por eso el cálculo de un fabricante depende de la información que le entregan sus proveedores sobre el origen de sus materiales. Si tu empresa es proveedora Tier 2 o Tier 3, es probable que tus clientes te pidan declaraciones o certificaciones de origen de tus piezas, con el desglose de los materiales no originarios que usas. Tener esa información organizada es una ventaja competitiva.",
                        "El T-MEC no exige un formato oficial de certificado de origen: puede emitirlo el importador, el exportador o el productor, siempre que incluya los elementos mínimos de información que establece el tratado. La certificación puede amparar un solo embarque o varios embarques de la misma mercancía durante un periodo de hasta doce meses. Debes conservar los registros que respalden el origen durante al menos cinco años, porque las autoridades aduaneras pueden verificarlo, y un error puede implicar el pago de aranceles y multas.",
                    ],
                    "en": [
                        "RVC can be calculated with two methods. With the transaction value method, RVC = (TV - VNM) / TV x 100, where TV is the transaction value of the good and VNM the value of non-originating materials. With the net cost method, RVC = (NC - VNM) / NC x 100, where net cost excludes items such as sales promotion, marketing, after-sales service, royalties, shipping and packing. For vehicles and their core parts the net cost method is used. If a part has a net cost of 1,000 dollars and 280 of non-originating materials, its RVC is 72%.",
                        "The agreement allows accumulation: production and materials from any of the three countries count as regional. That is why a producer's calculation depends on the information its suppliers provide about the origin of their materials. If your company is a Tier 2 or Tier 3 supplier, your customers will probably ask you for origin statements or certifications for your parts, with a breakdown of the non-originating materials you use. Having that information organised is a competitive advantage.",
                        "USMCA does not require an official certificate of origin form: it can be issued by the importer, the exporter or the producer, provided it includes the minimum data elements set out in the agreement. The certification can cover a single shipment or multiple shipments of the same good over a period of up to twelve months. You must keep the records supporting origin for at least five years, because customs authorities can verify it, and an error can mean paying duties and fines.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    {
        "key": "supplier-development",
        "code": "SD-PYME",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "queretaro",
        "discipline": "supply-chain",
        "level": "basic",
        "modality": "blended",
        "languages": "es",
        "audience": ["executive", "engineer"],
        "hours": "24",
        "min_attendance_percent": 80,
        "min_hours": "19.2",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "3000",
        "instructors": ["patricia-ibarra", "roberto-saldana"],
        "title": {
            "es": "Desarrollo de proveedores para pymes: diagnóstico e IATF 16949",
            "en": "Supplier development for SMEs: assessment and IATF 16949",
        },
        "slug": {"es": "desarrollo-de-proveedores-pymes", "en": "supplier-development-smes"},
        "summary": {
            "es": "Prepara a tu pyme para convertirse en proveedora de la industria automotriz. Realizarás un autodiagnóstico guiado por el comité de desarrollo de proveedores Tier 2 del clúster y conocerás los requisitos de IATF 16949 y la ruta gradual para cumplirlos.",
            "en": "Get your SME ready to become a supplier to the automotive industry. You will carry out a self-assessment guided by the cluster's Tier 2 supplier development committee and learn the requirements of IATF 16949 and the gradual path to meeting them.",
        },
        "outcomes": {
            "es": [
                "Aplicar un autodiagnóstico de calidad, manufactura, entregas, finanzas y seguridad.",
                "Construir un plan de acción priorizado a partir de las brechas encontradas.",
                "Explicar la relación entre ISO 9001, IATF 16949 y los requisitos específicos del cliente.",
                "Ubicar a tu empresa en la ruta de desarrollo del sistema de calidad que pide la norma para los proveedores.",
            ],
            "en": [
                "Apply a self-assessment covering quality, manufacturing, delivery, finance and safety.",
                "Build a prioritised action plan from the gaps found.",
                "Explain the relationship between ISO 9001, IATF 16949 and customer-specific requirements.",
                "Place your company on the quality system development path that the standard requires for suppliers.",
            ],
        },
        "audience_text": {
            "es": "Para dueños, directores y responsables de calidad de pequeñas y medianas empresas que quieren vender a fabricantes automotrices o a proveedores Tier 1.",
            "en": "For owners, directors and quality managers of small and medium-sized companies that want to sell to vehicle manufacturers or Tier 1 suppliers.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Mi empresa necesita ser socia del clúster?",
                    "en": "Does my company need to be a member of the cluster?",
                },
                "a": {
                    "es": "El curso está dirigido a empresas socias y a pymes invitadas por una empresa tractora socia del clúster. Consulta con el comité de desarrollo de proveedores.",
                    "en": "The course is aimed at member companies and at SMEs invited by an anchor company that is a member of the cluster. Check with the supplier development committee.",
                },
            },
            {
                "q": {
                    "es": "¿El diagnóstico es confidencial?",
                    "en": "Is the assessment confidential?",
                },
                "a": {
                    "es": "Sí. Los resultados individuales solo los ven tu empresa y tu mentor; el clúster usa datos agregados para planear sus programas.",
                    "en": "Yes. Individual results are seen only by your company and your mentor; the cluster uses aggregated data to plan its programmes.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Diagnóstico", "en": "Module 1: Assessment"},
                "title": {
                    "es": "Autodiagnóstico de una pyme proveedora",
                    "en": "Self-assessment of an SME supplier",
                },
                "slug": {"es": "autodiagnostico", "en": "self-assessment"},
                "summary": {
                    "es": "Evalúa con honestidad dónde está tu empresa y qué le falta para abastecer a la industria automotriz.",
                    "en": "Assess honestly where your company stands and what it lacks to supply the automotive industry.",
                },
                "paragraphs": {
                    "es": [
                        "Los fabricantes de vehículos y los proveedores Tier 1 instalados en México buscan cada vez más proveedores locales para reducir tiempos de entrega, costos logísticos y riesgos en la cadena de suministro. Muchas pymes mexicanas tienen la capacidad técnica para fabricar las piezas, pero no los sistemas que exige la industria automotriz. El comité de desarrollo de proveedores del clúster acompaña a estas empresas con un diagnóstico estructurado, mentores de empresas tractoras y un seguimiento periódico.",
                        "El autodiagnóstico revisa varias áreas. En calidad: procesos documentados, trazabilidad de lotes, manejo de producto no conforme, calibración de instrumentos y atención de quejas. En manufactura: capacidad instalada, estado del equipo y mantenimiento. En entregas: puntualidad, empaque e inventarios. En finanzas y aspectos legales: estados financieros, situación fiscal y contratos. También se evalúan la seguridad y salud en el trabajo conforme a las normas de la STPS, el cuidado del medio ambiente y la gestión del personal.",
                        "El resultado es una calificación por área y un mapa de brechas. Con él construyes un plan de acción que distingue entre acciones rápidas, como orden y limpieza con 5S, controles visuales o la calibración de calibradores; acciones de mediano plazo, como el control de documentos y las auditorías internas; y metas de largo plazo, como una certificación. Sé honesto al contestar: un diagnóstico inflado solo retrasa los problemas hasta la primera auditoría del cliente.",
                    ],
                    "en": [
                        "Vehicle manufacturers and Tier 1 suppliers based in Mexico are increasingly looking for local suppliers to reduce lead times, logistics costs and supply chain risks. Many Mexican SMEs have the technical capability to make the parts, but not the systems the automotive industry requires. The cluster's supplier development committee supports these companies with a structured assessment, mentors from anchor companies and periodic follow-up.",
                        "The self-assessment reviews several areas. In quality: documented processes, batch traceability, handling of nonconforming product, instrument calibration and complaint handling. In manufacturing: installed capacity, equipment condition and maintenance. In delivery: punctuality, packaging and inventory. In finance and legal matters: financial statements, tax status and contracts. Occupational health and safety under the STPS standards, environmental care and people management are also assessed.",
                        "The result is a score per area and a gap map. With it you build an action plan that distinguishes between quick actions, such as order and cleanliness with 5S, visual controls or the calibration of gauges; medium-term actions, such as document control and internal audits; and long-term goals, such as a certification. Be honest when answering: an inflated assessment only delays the problems until the customer's first audit.",
                    ],
                },
                "callout": {
                    "es": "Antes de la sesión presencial, reúne tu lista de clientes actuales, tus indicadores de entregas y tus últimos reclamos de calidad.",
                    "en": "Before the in-person session, gather your list of current customers, your delivery indicators and your latest quality complaints.",
                },
            },
            {
                "module": {
                    "es": "Módulo 2: Normas automotrices",
                    "en": "Module 2: Automotive standards",
                },
                "title": {"es": "Introducción a IATF 16949", "en": "Introduction to IATF 16949"},
                "slug": {"es": "introduccion-iatf-16949", "en": "introduction-to-iatf-16949"},
                "summary": {
                    "es": "Conoce qué exige la norma de calidad automotriz y la ruta gradual que pueden seguir los proveedores pequeños.",
                    "en": "Learn what the automotive quality standard requires and the gradual path small suppliers can follow.",
                },
                "paragraphs": {
                    "es": [
                        "IATF 16949:2016 es la norma del sistema de gestión de calidad de la industria automotriz. La publica la International Automotive Task Force, formada por fabricantes de vehículos y asociaciones de la industria. No es una norma independiente: complementa a ISO 9001:2015, así que una empresa debe cumplir ambas. Se aplica a los sitios que fabrican partes de producción, partes de servicio y accesorios para vehículos. Además, cada cliente agrega sus propios requisitos específicos, que forman parte de la auditoría.",
                        "Entre los requisitos adicionales a ISO 9001 destacan la seguridad del producto, el uso de las herramientas básicas de calidad (APQP, PPAP, AMEF, MSA y SPC), los planes de contingencia para asegurar el suministro, la gestión de garantías, las auditorías de proceso y de producto, y el desarrollo de los propios proveedores. También exige identificar y controlar las características especiales que designa el cliente y mantener la competencia del personal, incluidos los auditores internos.",
                        "Para una pyme, la certificación no suele ser el primer paso. La norma establece, en su apartado 8.4.2.3, una ruta de desarrollo para los proveedores: primero la certificación ISO 9001; después ISO 9001 más el cumplimiento de los requisitos mínimos automotrices para subproveedores (MAQMSR), verificado por auditorías de segunda parte; luego ISO 9001 más el cumplimiento de IATF 16949 verificado por el cliente; y, finalmente, la certificación IATF 16949 por un organismo reconocido por la IATF. El cliente define en qué nivel debe estar su proveedor.",
                    ],
                    "en": [
                        "IATF 16949:2016 is the quality management system standard for the automotive industry. It is published by the International Automotive Task Force, made up of vehicle manufacturers and industry associations. It is not a stand-alone standard: it supplements ISO 9001:2015, so a company must meet both. It applies to sites that manufacture production parts, service parts and accessories for vehicles. In addition, each customer adds its own specific requirements, which are part of the audit.",
                        "Among the requirements additional to ISO 9001 are product safety, the use of the quality core tools (APQP, PPAP, FMEA, MSA and SPC), contingency plans to secure supply, warranty management, process and product audits, and the development of one's own suppliers. It also requires identifying and controlling the special characteristics designated by the customer and maintaining staff competence, including internal auditors.",
                        "For an SME, certification is not usually the first step. The standard sets out, in clause 8.4.2.3, a development path for suppliers: first ISO 9001 certification; then ISO 9001 plus compliance with the minimum automotive quality management system requirements for sub-tier suppliers (MAQMSR), verified by second-party audits; then ISO 9001 plus compliance with IATF 16949 verified by the customer; and, finally, IATF 16949 certification by a body recognised by the IATF. The customer defines which level its supplier must be at.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    {
        "key": "core-apqp",
        "code": "CT-APQP",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "guanajuato",
        "discipline": "quality",
        "level": "intermediate",
        "modality": "in_person",
        "languages": "es",
        "audience": ["engineer"],
        "hours": "16",
        "min_attendance_percent": 85,
        "min_hours": "13.6",
        "pass_mark": 75,
        "min_lessons_percent": 50,
        "dc3_thematic_area": "1000",
        "instructors": ["roberto-saldana"],
        "title": {
            "es": "APQP: planeación avanzada de la calidad del producto",
            "en": "APQP: Advanced Product Quality Planning",
        },
        "slug": {"es": "apqp", "en": "apqp"},
        "summary": {
            "es": "Aprende a planear el lanzamiento de una pieza nueva para que llegue a producción a tiempo, con calidad y al costo cotizado. Recorrerás las cinco fases de APQP, sus entregables y la forma de conducir las revisiones de fase con tu equipo y tu cliente.",
            "en": "Learn to plan the launch of a new part so that it reaches production on time, with quality and at the quoted cost. You will go through the five phases of APQP, their deliverables and how to run phase reviews with your team and your customer.",
        },
        "outcomes": {
            "es": [
                "Describir las cinco fases de APQP y sus entregables principales.",
                "Relacionar el diagrama de flujo, el AMEF, el plan de control y las instrucciones de trabajo.",
                "Elaborar un cronograma a partir de las fechas del cliente y los tiempos de entrega críticos.",
                "Conducir una revisión de fase con criterios claros de aprobación.",
            ],
            "en": [
                "Describe the five phases of APQP and their main deliverables.",
                "Link the flowchart, the FMEA, the control plan and the work instructions.",
                "Draw up a timing chart from the customer's dates and the critical lead times.",
                "Run a phase review with clear approval criteria.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de producto, manufactura, calidad y líderes de proyecto que participan en lanzamientos de piezas nuevas.",
            "en": "For product, manufacturing and quality engineers and project leaders involved in new part launches.",
        },
        "faq": [
            {
                "q": {"es": "¿Recibo el manual de AIAG?", "en": "Do I receive the AIAG manual?"},
                "a": {
                    "es": "No. Los manuales de AIAG tienen derechos de autor y se adquieren por separado. El curso entrega plantillas y listas de verificación propias alineadas con el manual vigente.",
                    "en": "No. AIAG manuals are copyrighted and are purchased separately. The course provides its own templates and checklists aligned with the current manual.",
                },
            },
            {
                "q": {
                    "es": "¿Conviene tomar este curso antes que PPAP y AMEF?",
                    "en": "Should I take this course before PPAP and FMEA?",
                },
                "a": {
                    "es": "Sí, es lo recomendable: APQP da el marco general en el que encajan las demás herramientas básicas. Los cursos de herramientas básicas se imparten en distintos clústeres y están abiertos a toda la red.",
                    "en": "Yes, that is recommended: APQP provides the overall framework in which the other core tools fit. The core tools courses are taught at different clusters and are open to the whole network.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Las fases", "en": "Module 1: The phases"},
                "title": {"es": "Las cinco fases de APQP", "en": "The five phases of APQP"},
                "slug": {"es": "cinco-fases-apqp", "en": "five-phases-of-apqp"},
                "summary": {
                    "es": "Recorre las fases de APQP, desde la definición del programa hasta la mejora después del arranque.",
                    "en": "Walk through the phases of APQP, from programme definition to improvement after launch.",
                },
                "paragraphs": {
                    "es": [
                        "La planeación avanzada de la calidad del producto (APQP) es un método estructurado para planear un producto y su proceso de manufactura de modo que cumpla los requisitos del cliente desde el primer día de producción. Su manual fue desarrollado a inicios de los años noventa por Chrysler, Ford y General Motors a través de la AIAG, y hoy es una de las herramientas básicas que exige IATF 16949. Su principio es sencillo: prevenir los problemas durante la planeación cuesta mucho menos que corregirlos en producción.",
                        "APQP se organiza en cinco fases. En la primera se planea y define el programa: voz del cliente, metas de calidad y confiabilidad, lista preliminar de materiales y de características especiales. En la segunda se diseña y desarrolla el producto, con AMEF de diseño y plan de verificación. En la tercera se diseña el proceso: diagrama de flujo, AMEF de proceso, plan de control de prelanzamiento e instrucciones de trabajo. En la cuarta se valida con una corrida de producción significativa y el PPAP. La quinta busca reducir la variación y aprender.",
                        "Los entregables de APQP están encadenados. Cada paso del diagrama de flujo aparece en el AMEF de proceso; cada control del AMEF se refleja en el plan de control, y el plan de control se traduce en instrucciones de trabajo en la estación. El plan de control evoluciona en tres etapas: prototipo, prelanzamiento y producción. Cuando esta cadena se rompe, por ejemplo si el plan de control menciona un calibrador que no existe en la línea, aparecen los problemas que APQP pretende evitar.",
                    ],
                    "en": [
                        "Advanced Product Quality Planning (APQP) is a structured method for planning a product and its manufacturing process so that it meets customer requirements from the first day of production. Its manual was developed in the early 1990s by Chrysler, Ford and General Motors through the AIAG, and today it is one of the core tools required by IATF 16949. Its principle is simple: preventing problems during planning costs far less than correcting them in production.",
                        "APQP is organised into five phases. In the first, the programme is planned and defined: voice of the customer, quality and reliability goals, preliminary bill of materials and special characteristics. In the second, the product is designed and developed, with a design FMEA and a verification plan. In the third, the process is designed: flowchart, process FMEA, pre-launch control plan and work instructions. In the fourth, it is validated with a significant production run and the PPAP. The fifth seeks to reduce variation and learn.",
                        "APQP deliverables are linked together. Each step of the flowchart appears in the process FMEA; each control in the FMEA is reflected in the control plan, and the control plan is translated into work instructions at the station. The control plan evolves through three stages: prototype, pre-launch and production. When this chain breaks, for example if the control plan mentions a gauge that does not exist on the line, the very problems APQP aims to avoid appear.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {
                    "es": "Módulo 2: APQP en la práctica",
                    "en": "Module 2: APQP in practice",
                },
                "title": {
                    "es": "Equipo, cronograma y revisiones de fase",
                    "en": "Team, timing and phase reviews",
                },
                "slug": {"es": "equipo-y-revisiones", "en": "team-and-reviews"},
                "summary": {
                    "es": "Organiza al equipo multidisciplinario, construye el cronograma y evita los errores más comunes de un lanzamiento.",
                    "en": "Organise the cross-functional team, build the timing chart and avoid the most common launch mistakes.",
                },
                "paragraphs": {
                    "es": [
                        "APQP es trabajo de un equipo multidisciplinario: líder de programa, ingeniería de producto y de manufactura, calidad, compras, logística, mantenimiento y, cuando aplica, representantes del cliente y de los proveedores de componentes. Uno de sus primeros entregables es el compromiso de factibilidad, en el que el equipo confirma que puede fabricar la pieza como está diseñada, al volumen requerido y con la calidad esperada. Firmarlo sin analizarlo a fondo es una de las causas más frecuentes de lanzamientos problemáticos.",
                        "El cronograma se construye hacia atrás, a partir de las fechas que fija el cliente para el PPAP y el inicio de producción. Identifica los elementos con tiempos de entrega largos, como moldes, troqueles, calibradores y equipos especiales, porque definen la ruta crítica. Involucra pronto a tus proveedores de componentes y asegúrate de entender cómo identifica tu cliente las características especiales, ya que los símbolos y los requisitos cambian de un fabricante a otro.",
                        "Al final de cada fase se hace una revisión formal con la dirección, con una lista de entregables y un semáforo de estatus. Los riesgos se escalan a tiempo, no el día del PPAP. Entre los errores comunes están empezar el diseño del proceso antes de que se congele el diseño del producto, recibir los calibradores tarde y copiar el AMEF de un proyecto anterior sin revisarlo. Registra las lecciones aprendidas en una base de datos para que el siguiente programa empiece con ventaja.",
                    ],
                    "en": [
                        "APQP is the work of a cross-functional team: programme leader, product and manufacturing engineering, quality, purchasing, logistics, maintenance and, where applicable, representatives of the customer and of the component suppliers. One of its first deliverables is the feasibility commitment, in which the team confirms that it can make the part as designed, at the required volume and with the expected quality. Signing it without thorough analysis is one of the most frequent causes of troubled launches.",
                        "The timing chart is built backwards, from the dates the customer sets for PPAP and start of production. Identify the items with long lead times, such as moulds, dies, gauges and special equipment, because they define the critical path. Involve your component suppliers early and make sure you understand how your customer identifies special characteristics, since the symbols and requirements change from one manufacturer to another.",
                        "At the end of each phase there is a formal review with management, with a list of deliverables and a traffic-light status. Risks are escalated in time, not on the day of the PPAP. Common mistakes include starting process design before the product design is frozen, receiving gauges late and copying the FMEA from a previous project without reviewing it. Record lessons learned in a database so that the next programme starts with an advantage.",
                    ],
                },
                "callout": {
                    "es": "Pregunta clave para cada revisión de fase: ¿qué entregable, si llega tarde, mueve la fecha de arranque? Atiéndelo primero.",
                    "en": "Key question for every phase review: which deliverable, if late, moves the start-of-production date? Deal with it first.",
                },
            },
        ],
    },
    {
        "key": "core-ppap",
        "code": "CT-PPAP",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "jalisco",
        "discipline": "quality",
        "level": "intermediate",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "12",
        "min_attendance_percent": 80,
        "min_hours": "9.6",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["roberto-saldana"],
        "title": {
            "es": "PPAP: proceso de aprobación de partes para producción",
            "en": "PPAP: Production Part Approval Process",
        },
        "slug": {"es": "ppap", "en": "ppap"},
        "summary": {
            "es": "Aprende cuándo se requiere un PPAP, qué nivel de presentación aplica y cómo preparar un paquete completo que tu cliente apruebe a la primera. En la sesión presencial revisarás un paquete real con los errores más comunes.",
            "en": "Learn when a PPAP is required, which submission level applies and how to prepare a complete package that your customer approves the first time. In the in-person session you will review a real package containing the most common mistakes.",
        },
        "outcomes": {
            "es": [
                "Identificar los eventos que requieren un PPAP o una notificación al cliente.",
                "Distinguir los cinco niveles de presentación.",
                "Preparar los 18 elementos del PPAP y la garantía de presentación de partes (PSW).",
                "Interpretar los criterios de aceptación de los estudios iniciales del proceso.",
            ],
            "en": [
                "Identify the events that require a PPAP or a notification to the customer.",
                "Distinguish the five submission levels.",
                "Prepare the 18 PPAP elements and the part submission warrant (PSW).",
                "Interpret the acceptance criteria of initial process studies.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros y técnicos de calidad, ingenieros de proveedores y responsables de lanzamientos en empresas Tier 1, Tier 2 y Tier 3.",
            "en": "For quality engineers and technicians, supplier quality engineers and launch leaders at Tier 1, Tier 2 and Tier 3 companies.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Debo tomar antes el curso de APQP?",
                    "en": "Should I take the APQP course first?",
                },
                "a": {
                    "es": "Es recomendable, pero no obligatorio. El PPAP es la evidencia que cierra la fase de validación de APQP, así que conocer el marco completo te ayudará.",
                    "en": "It is recommended but not mandatory. The PPAP is the evidence that closes the APQP validation phase, so knowing the whole framework will help you.",
                },
            },
            {
                "q": {
                    "es": "¿El curso cubre los requisitos de cada armadora?",
                    "en": "Does the course cover each carmaker's requirements?",
                },
                "a": {
                    "es": "Explica el estándar de AIAG y cómo leer los requisitos específicos de cada cliente, que pueden modificar niveles, formatos o criterios. Siempre consulta la versión vigente de los requisitos de tu cliente.",
                    "en": "It explains the AIAG standard and how to read each customer's specific requirements, which may change levels, formats or criteria. Always check the current version of your customer's requirements.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Requisitos", "en": "Module 1: Requirements"},
                "title": {
                    "es": "Qué es el PPAP y cuándo se presenta",
                    "en": "What PPAP is and when to submit it",
                },
                "slug": {"es": "que-es-ppap", "en": "what-is-ppap"},
                "summary": {
                    "es": "Entiende el propósito del PPAP, los eventos que lo detonan y los niveles de presentación.",
                    "en": "Understand the purpose of PPAP, the events that trigger it and the submission levels.",
                },
                "paragraphs": {
                    "es": [
                        "El proceso de aprobación de partes para producción (PPAP) demuestra al cliente dos cosas: que el proveedor entendió correctamente todos los registros de diseño y especificaciones, y que su proceso puede producir piezas que los cumplan de manera consistente, a la tasa de producción cotizada. La evidencia se obtiene de una corrida de producción significativa, hecha con las herramientas, el equipo, los materiales, el personal y el ritmo de la producción real. Salvo que el cliente indique otra cosa, el manual de AIAG pide de una a ocho horas de producción y al menos 300 piezas consecutivas.",
                        "Se requiere un PPAP para una pieza nueva y también cuando algo cambia. Los casos típicos son un cambio de ingeniería en el diseño, la corrección de una discrepancia en una pieza ya aprobada, el uso de herramentales nuevos, transferidos o reparados a fondo, un cambio de proceso o de ubicación, un nuevo subproveedor o fuente de material, un cambio en el método de prueba o el uso de herramentales que estuvieron inactivos doce meses o más. Ante la duda, notifica al cliente antes de hacer el cambio.",
                        "El manual define cinco niveles de presentación. En el nivel 1 solo se entrega la garantía de presentación de partes (PSW). En el nivel 2, la PSW con muestras y datos de soporte limitados. En el nivel 3, que es el predeterminado, la PSW con muestras y todos los datos de soporte. El nivel 4 incluye la PSW y los requisitos que defina el cliente, y en el nivel 5 todo se revisa en la planta del proveedor. El cliente responde con una aprobación, una aprobación provisional o un rechazo.",
                    ],
                    "en": [
                        "The Production Part Approval Process (PPAP) shows the customer two things: that the supplier has correctly understood all design records and specifications, and that its process can consistently produce parts that meet them at the quoted production rate. The evidence comes from a significant production run, made with the tooling, equipment, materials, people and pace of real production. Unless the customer says otherwise, the AIAG manual calls for one to eight hours of production and at least 300 consecutive parts.",
                        "A PPAP is required for a new part and also when something changes. Typical cases are an engineering change to the design, correction of a discrepancy on an already approved part, use of new, transferred or extensively repaired tooling, a process or location change, a new sub-supplier or material source, a change in test method or the use of tooling that has been inactive for twelve months or more. When in doubt, notify the customer before making the change.",
                        "The manual defines five submission levels. At level 1 only the part submission warrant (PSW) is delivered. At level 2, the PSW with samples and limited supporting data. At level 3, which is the default, the PSW with samples and complete supporting data. Level 4 includes the PSW and the requirements defined by the customer, and at level 5 everything is reviewed at the supplier's plant. The customer responds with an approval, an interim approval or a rejection.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: El paquete", "en": "Module 2: The package"},
                "title": {"es": "Los 18 elementos del PPAP", "en": "The 18 PPAP elements"},
                "slug": {"es": "elementos-del-ppap", "en": "ppap-elements"},
                "summary": {
                    "es": "Conoce cada elemento del paquete, los criterios de aceptación y las causas más comunes de rechazo.",
                    "en": "Learn each element of the package, the acceptance criteria and the most common reasons for rejection.",
                },
                "paragraphs": {
                    "es": [
                        "Un PPAP completo tiene 18 elementos: registros de diseño; documentos de cambios de ingeniería; aprobación de ingeniería del cliente; AMEF de diseño; diagrama de flujo del proceso; AMEF de proceso; plan de control; estudios de análisis del sistema de medición; resultados dimensionales; resultados de pruebas de material y desempeño; estudios iniciales del proceso; documentación del laboratorio calificado; reporte de aprobación de apariencia; muestras de producción; muestra maestra; ayudas de verificación; registros de cumplimiento de requisitos específicos del cliente; y la garantía de presentación de partes.",
                        "Los resultados dimensionales deben cubrir todas las cotas del dibujo, identificadas en un plano globeado, para cada cavidad, molde o línea de producción. Las pruebas de material y desempeño se hacen en un laboratorio calificado, normalmente acreditado en ISO/IEC 17025 para esas pruebas. Para las características especiales se presentan estudios iniciales del proceso: un Ppk mayor que 1.67 es aceptable; entre 1.33 y 1.67 puede ser aceptable con la aprobación del cliente; y menor que 1.33 requiere acciones correctivas.",
                        "Las causas de rechazo más comunes son evitables: el nivel de cambio del dibujo no coincide con el de la PSW, faltan cotas en los resultados dimensionales, el estudio de MSA se hizo con un instrumento distinto al del plan de control, el AMEF y el plan de control no son consistentes, la capacidad se calculó con pocos datos o falta una firma. Usa una lista de verificación interna antes de enviar y conserva el expediente y la muestra maestra mientras la pieza esté activa, más un año.",
                    ],
                    "en": [
                        "A complete PPAP has 18 elements: design records; engineering change documents; customer engineering approval; design FMEA; process flow diagram; process FMEA; control plan; measurement system analysis studies; dimensional results; material and performance test results; initial process studies; qualified laboratory documentation; appearance approval report; sample production parts; master sample; checking aids; records of compliance with customer-specific requirements; and the part submission warrant.",
                        "Dimensional results must cover every dimension on the drawing, identified on a ballooned drawing, for each cavity, mould or production line. Material and performance tests are carried out at a qualified laboratory, usually accredited to ISO/IEC 17025 for those tests. For special characteristics, initial process studies are submitted: a Ppk greater than 1.67 is acceptable; between 1.33 and 1.67 it may be acceptable with the customer's approval; and below 1.33 corrective action is required.",
                        "The most common reasons for rejection are avoidable: the drawing change level does not match the one on the PSW, dimensions are missing from the dimensional results, the MSA study was done with a different instrument from the one in the control plan, the FMEA and the control plan are inconsistent, capability was calculated with too little data or a signature is missing. Use an internal checklist before submitting and keep the file and the master sample for as long as the part is active, plus one year.",
                    ],
                },
                "callout": {
                    "es": "Nunca envíes piezas de producción antes de recibir la aprobación del PPAP, salvo que tengas una autorización por escrito del cliente.",
                    "en": "Never ship production parts before receiving PPAP approval, unless you have written authorisation from the customer.",
                },
            },
        ],
    },
    {
        "key": "core-fmea",
        "code": "CT-AMEF",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "nuevo-leon",
        "discipline": "quality",
        "level": "intermediate",
        "modality": "in_person",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "16",
        "min_attendance_percent": 85,
        "min_hours": "13.6",
        "pass_mark": 75,
        "min_lessons_percent": 50,
        "dc3_thematic_area": "1000",
        "instructors": ["roberto-saldana", "mariana-villarreal"],
        "title": {"es": "AMEF con el método AIAG-VDA", "en": "FMEA with the AIAG-VDA method"},
        "slug": {"es": "amef-aiag-vda", "en": "fmea-aiag-vda"},
        "summary": {
            "es": "Aprende a realizar un análisis de modo y efecto de falla (AMEF) con los siete pasos del manual AIAG-VDA y la prioridad de acción. Trabajarás en equipos sobre un AMEF de proceso de una operación real de ensamble.",
            "en": "Learn to carry out a failure mode and effects analysis (FMEA) with the seven steps of the AIAG-VDA handbook and action priority. You will work in teams on a process FMEA for a real assembly operation.",
        },
        "outcomes": {
            "es": [
                "Aplicar los siete pasos del AMEF AIAG-VDA.",
                "Construir cadenas de falla de efecto, modo y causa.",
                "Calificar severidad, ocurrencia y detección, y determinar la prioridad de acción.",
                "Vincular el AMEF de proceso con el diagrama de flujo y el plan de control.",
            ],
            "en": [
                "Apply the seven steps of the AIAG-VDA FMEA.",
                "Build failure chains of effect, mode and cause.",
                "Rate severity, occurrence and detection, and determine action priority.",
                "Link the process FMEA with the flowchart and the control plan.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de diseño, manufactura y calidad, y técnicos que participan en equipos de AMEF.",
            "en": "For design, manufacturing and quality engineers, and technicians who take part in FMEA teams.",
        },
        "faq": [
            {
                "q": {"es": "¿Sigue siendo válido el NPR?", "en": "Is the RPN still valid?"},
                "a": {
                    "es": "El manual AIAG-VDA reemplazó el número de prioridad de riesgo (NPR) por la prioridad de acción. Algunos clientes aún aceptan el formato anterior en productos existentes; revisa sus requisitos específicos.",
                    "en": "The AIAG-VDA handbook replaced the risk priority number (RPN) with action priority. Some customers still accept the previous format for existing products; check their specific requirements.",
                },
            },
            {
                "q": {
                    "es": "¿Debo llevar un AMEF de mi empresa?",
                    "en": "Should I bring an FMEA from my company?",
                },
                "a": {
                    "es": "Es opcional. El taller usa un caso preparado, pero puedes revisar con el instructor un AMEF propio durante la sesión de asesoría, respetando la confidencialidad de tu empresa.",
                    "en": "It is optional. The workshop uses a prepared case, but you can review your own FMEA with the instructor during the coaching session, respecting your company's confidentiality.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: El método", "en": "Module 1: The method"},
                "title": {
                    "es": "Los siete pasos del AMEF AIAG-VDA",
                    "en": "The seven steps of the AIAG-VDA FMEA",
                },
                "slug": {"es": "siete-pasos", "en": "seven-steps"},
                "summary": {
                    "es": "Conoce la estructura del método armonizado y cómo la prioridad de acción sustituye al NPR.",
                    "en": "Learn the structure of the harmonised method and how action priority replaces the RPN.",
                },
                "paragraphs": {
                    "es": [
                        "El análisis de modo y efecto de falla (AMEF) es un método preventivo y en equipo para identificar cómo puede fallar un producto o un proceso, qué efectos tendría la falla y cuáles serían sus causas, con el fin de actuar antes de que ocurra. Existen el AMEF de diseño, el AMEF de proceso y el AMEF complementario de monitoreo y respuesta del sistema. En 2019, la AIAG de Norteamérica y la VDA de Alemania publicaron un manual armonizado que hoy es la referencia para la mayoría de los clientes automotrices.",
                        "El método tiene siete pasos. Primero, la planeación y preparación: propósito, tiempos, equipo, tareas y herramientas. Segundo, el análisis de estructura, que descompone el proceso en pasos y elementos de trabajo como personas, máquina, material y ambiente. Tercero, el análisis de funciones. Cuarto, el análisis de fallas, que construye la cadena de efecto, modo y causa. Quinto, el análisis de riesgo con los controles actuales de prevención y detección. Sexto, la optimización. Séptimo, la documentación de resultados.",
                        "En el análisis de riesgo se califican la severidad del efecto, la ocurrencia de la causa y la capacidad de detección, cada una del 1 al 10. Antes se multiplicaban para obtener el número de prioridad de riesgo (NPR), pero ese producto podía ocultar riesgos graves: una severidad de 10 con ocurrencia baja daba un NPR menor que fallas triviales. El manual AIAG-VDA usa en su lugar la prioridad de acción, una tabla que asigna prioridad alta, media o baja dando más peso a la severidad. Una prioridad alta exige acciones o una justificación documentada.",
                    ],
                    "en": [
                        "Failure mode and effects analysis (FMEA) is a preventive, team-based method for identifying how a product or process can fail, what effects the failure would have and what its causes would be, in order to act before it happens. There are the design FMEA, the process FMEA and the supplementary FMEA for monitoring and system response. In 2019, the AIAG of North America and the VDA of Germany published a harmonised handbook that is now the reference for most automotive customers.",
                        "The method has seven steps. First, planning and preparation: purpose, timing, team, tasks and tools. Second, structure analysis, which breaks the process down into steps and work elements such as people, machine, material and environment. Third, function analysis. Fourth, failure analysis, which builds the chain of effect, mode and cause. Fifth, risk analysis with the current prevention and detection controls. Sixth, optimisation. Seventh, results documentation.",
                        "In risk analysis, the severity of the effect, the occurrence of the cause and the detection capability are each rated from 1 to 10. They used to be multiplied to obtain the risk priority number (RPN), but that product could hide serious risks: a severity of 10 with low occurrence gave a lower RPN than trivial failures. The AIAG-VDA handbook uses action priority instead, a table that assigns high, medium or low priority giving the most weight to severity. A high priority requires actions or a documented justification.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: AMEF de proceso", "en": "Module 2: Process FMEA"},
                "title": {
                    "es": "El AMEF de proceso en la práctica",
                    "en": "Process FMEA in practice",
                },
                "slug": {"es": "amef-de-proceso", "en": "process-fmea"},
                "summary": {
                    "es": "Construye un AMEF de proceso vinculado con el flujo y el plan de control, con un ejemplo de atornillado.",
                    "en": "Build a process FMEA linked to the flow and the control plan, with a screwdriving example.",
                },
                "paragraphs": {
                    "es": [
                        "Un AMEF de proceso parte del diagrama de flujo: cada paso del flujo aparece en el AMEF con el mismo número, y cada control que se define en el AMEF se traslada al plan de control y, de ahí, a las instrucciones de trabajo. Esta trazabilidad es lo primero que revisa un auditor. Si un control existe en el AMEF pero no en el plan de control, o si la línea opera con un método distinto, el análisis pierde su valor y se convierte en un documento que nadie usa.",
                        "Tomemos como ejemplo el apriete de los tornillos de una bisagra de puerta. Un modo de falla es el torque bajo. Sus efectos pueden ser una puerta desalineada para la siguiente operación, ruido para el cliente final o, en el peor caso, el aflojamiento de la bisagra. Sus causas posibles son un atornillador descalibrado, un tornillo equivocado o un tornillo omitido. Un control de prevención sería una herramienta con control de torque y calibración periódica; un control de detección, el monitoreo del torque con rechazo automático.",
                        "El AMEF es un documento vivo. Actualízalo con cada queja del cliente, cada problema interno relevante y cada cambio de proceso. Intégralo con personas que conocen la operación, incluidos operadores y técnicos, y no copies bibliotecas genéricas sin revisarlas. Concentra el análisis en causas sobre las que se puede actuar, revisa con la dirección los elementos de prioridad alta y registra el resultado de las acciones. Un buen AMEF de proceso reduce problemas de lanzamiento y sirve como memoria técnica de la planta.",
                    ],
                    "en": [
                        "A process FMEA starts from the flowchart: each step of the flow appears in the FMEA with the same number, and each control defined in the FMEA is carried over to the control plan and, from there, to the work instructions. This traceability is the first thing an auditor checks. If a control exists in the FMEA but not in the control plan, or if the line operates with a different method, the analysis loses its value and becomes a document nobody uses.",
                        "Take as an example tightening the screws of a door hinge. One failure mode is low torque. Its effects can be a misaligned door for the next operation, noise for the end customer or, in the worst case, the hinge coming loose. Its possible causes are an uncalibrated screwdriver, the wrong screw or a missed screw. A prevention control would be a torque-controlled tool with periodic calibration; a detection control, torque monitoring with automatic rejection.",
                        "The FMEA is a living document. Update it with every customer complaint, every relevant internal problem and every process change. Build it with people who know the operation, including operators and technicians, and do not copy generic libraries without reviewing them. Focus the analysis on causes that can be acted upon, review high-priority items with management and record the result of the actions. A good process FMEA reduces launch problems and serves as the plant's technical memory.",
                    ],
                },
                "callout": {
                    "es": "En el AMEF, un modo de falla describe lo que sale mal en el paso analizado; no lo confundas con su causa ni con su efecto.",
                    "en": "In the FMEA, a failure mode describes what goes wrong at the step analysed; do not confuse it with its cause or its effect.",
                },
            },
        ],
    },
    {
        "key": "core-msa",
        "code": "CT-MSA",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "coahuila",
        "discipline": "quality",
        "level": "intermediate",
        "modality": "blended",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "12",
        "min_attendance_percent": 80,
        "min_hours": "9.6",
        "pass_mark": 75,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["mariana-villarreal"],
        "title": {
            "es": "MSA: análisis del sistema de medición",
            "en": "MSA: Measurement System Analysis",
        },
        "slug": {"es": "msa-analisis-sistema-de-medicion", "en": "msa-measurement-system-analysis"},
        "summary": {
            "es": "Comprueba si puedes confiar en tus mediciones antes de tomar decisiones con ellas. Aprenderás las fuentes de error de un sistema de medición, a conducir un estudio de repetibilidad y reproducibilidad y a evaluar la concordancia en inspecciones por atributos.",
            "en": "Check whether you can trust your measurements before making decisions with them. You will learn the sources of error in a measurement system, how to run a repeatability and reproducibility study and how to assess agreement in attribute inspections.",
        },
        "outcomes": {
            "es": [
                "Distinguir sesgo, linealidad, estabilidad, repetibilidad y reproducibilidad.",
                "Planear y ejecutar un estudio R&R de variables.",
                "Interpretar el %GRR y el número de categorías distintas con los criterios de AIAG.",
                "Evaluar un sistema de inspección por atributos y proponer mejoras.",
            ],
            "en": [
                "Distinguish bias, linearity, stability, repeatability and reproducibility.",
                "Plan and carry out a variables R&R study.",
                "Interpret %GRR and the number of distinct categories using the AIAG criteria.",
                "Assess an attribute inspection system and propose improvements.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros y técnicos de calidad y metrología, y para quienes definen los instrumentos de los planes de control.",
            "en": "For quality and metrology engineers and technicians, and for those who define the instruments in control plans.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿MSA es lo mismo que calibración?",
                    "en": "Is MSA the same as calibration?",
                },
                "a": {
                    "es": "No. La calibración compara un instrumento contra un patrón en condiciones controladas; el MSA evalúa todo el sistema de medición en condiciones reales, con operadores y piezas de producción. IATF 16949 exige ambos.",
                    "en": "No. Calibration compares an instrument against a standard under controlled conditions; MSA assesses the whole measurement system under real conditions, with operators and production parts. IATF 16949 requires both.",
                },
            },
            {
                "q": {
                    "es": "¿Qué debo llevar a la sesión presencial?",
                    "en": "What should I bring to the in-person session?",
                },
                "a": {
                    "es": "Una computadora con hoja de cálculo. La sede proporciona piezas, calibradores y micrómetros para que realices un estudio R&R completo en equipo.",
                    "en": "A computer with a spreadsheet. The venue provides parts, callipers and micrometers so that you can carry out a complete R&R study as a team.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Conceptos", "en": "Module 1: Concepts"},
                "title": {
                    "es": "Fuentes de variación en la medición",
                    "en": "Sources of variation in measurement",
                },
                "slug": {"es": "variacion-en-la-medicion", "en": "measurement-variation"},
                "summary": {
                    "es": "Entiende por qué toda medición tiene error y cómo se clasifica ese error.",
                    "en": "Understand why every measurement has error and how that error is classified.",
                },
                "paragraphs": {
                    "es": [
                        "Toda medición tiene error. La variación que observas en tus datos es la suma de la variación real del proceso y la variación del sistema de medición. Si esta última es grande, rechazarás piezas buenas, aceptarás piezas malas y tomarás decisiones equivocadas con gráficas de control, estudios de capacidad o experimentos. El sistema de medición no es solo el instrumento: incluye el método, la persona que mide, el ambiente, la pieza, el dispositivo de sujeción y el software que procesa los datos.",
                        "Los errores de localización describen qué tan lejos está el promedio de las mediciones del valor verdadero. El sesgo es la diferencia entre el promedio medido y un valor de referencia; la linealidad indica si el sesgo cambia a lo largo del rango del instrumento; y la estabilidad, si cambia con el tiempo. Los errores de dispersión describen cuánto varían las mediciones: la repetibilidad es la variación del equipo cuando una misma persona mide varias veces la misma pieza, y la reproducibilidad es la variación entre distintas personas.",
                        "Antes de cualquier estudio, revisa la resolución. Una regla práctica es que el instrumento distinga al menos una décima parte de la tolerancia o de la variación del proceso: para una tolerancia de 0.1 milímetros necesitas leer centésimas. La calibración y el MSA se complementan: la calibración compara el instrumento contra un patrón trazable en un punto y en condiciones controladas; el MSA evalúa todo el sistema en las condiciones reales de uso.",
                    ],
                    "en": [
                        "Every measurement has error. The variation you see in your data is the sum of the real process variation and the measurement system variation. If the latter is large, you will reject good parts, accept bad ones and make wrong decisions with control charts, capability studies or experiments. The measurement system is not just the instrument: it includes the method, the person measuring, the environment, the part, the holding fixture and the software that processes the data.",
                        "Location errors describe how far the average of the measurements is from the true value. Bias is the difference between the measured average and a reference value; linearity indicates whether bias changes across the instrument's range; and stability, whether it changes over time. Width errors describe how much the measurements vary: repeatability is the equipment variation when the same person measures the same part several times, and reproducibility is the variation between different people.",
                        "Before any study, check the resolution. A rule of thumb is that the instrument should distinguish at least one tenth of the tolerance or of the process variation: for a tolerance of 0.1 millimetres you need to read hundredths. Calibration and MSA complement each other: calibration compares the instrument against a traceable standard at one point and under controlled conditions; MSA assesses the whole system under real conditions of use.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Estudios", "en": "Module 2: Studies"},
                "title": {
                    "es": "Estudios de repetibilidad y reproducibilidad (R&R)",
                    "en": "Repeatability and reproducibility (R&R) studies",
                },
                "slug": {"es": "estudios-r-y-r", "en": "r-and-r-studies"},
                "summary": {
                    "es": "Planea un estudio R&R de variables, interpreta sus resultados y evalúa una inspección por atributos.",
                    "en": "Plan a variables R&R study, interpret its results and assess an attribute inspection.",
                },
                "paragraphs": {
                    "es": [
                        "Un estudio R&R típico de variables usa diez piezas que cubran el rango de variación del proceso, tres evaluadores y dos o tres repeticiones por pieza. Las piezas se numeran de forma oculta y se miden en orden aleatorio, para que el evaluador no recuerde sus lecturas anteriores. Los resultados se analizan con el método de promedios y rangos o con análisis de varianza (ANOVA); este último permite, además, detectar interacción entre evaluador y pieza, por ejemplo cuando un operador mide mal solo las piezas grandes.",
                        "Según el manual MSA de AIAG, un %GRR menor que 10 % indica un sistema aceptable. Entre 10 % y 30 % puede ser aceptable según la importancia de la aplicación, el costo del instrumento y el costo de las reparaciones. Por encima de 30 % el sistema es inaceptable y debe mejorarse. También se revisa el número de categorías distintas, que debe ser al menos 5. El %GRR se expresa respecto de la variación del proceso si el sistema se usa para controlarlo, o respecto de la tolerancia si se usa para aceptar o rechazar piezas.",
                        "Para calibradores pasa-no pasa o inspección visual se usa un análisis de concordancia por atributos, con piezas de estado conocido que incluyan casos límite. El estadístico kappa mide la concordancia más allá del azar; valores superiores a 0.75 indican buena concordancia. Si un estudio falla, diagnostica: si domina la repetibilidad, revisa el instrumento, su mantenimiento o la sujeción de la pieza; si domina la reproducibilidad, estandariza el método, define los puntos de medición y capacita a los evaluadores.",
                    ],
                    "en": [
                        "A typical variables R&R study uses ten parts covering the process's range of variation, three appraisers and two or three trials per part. The parts are numbered blind and measured in random order, so that the appraiser does not remember previous readings. The results are analysed with the average and range method or with analysis of variance (ANOVA); the latter also detects interaction between appraiser and part, for example when an operator mismeasures only the large parts.",
                        "According to the AIAG MSA manual, a %GRR under 10% indicates an acceptable system. Between 10% and 30% it may be acceptable depending on the importance of the application, the cost of the instrument and the cost of repairs. Above 30% the system is unacceptable and must be improved. The number of distinct categories is also checked, and it must be at least 5. %GRR is expressed relative to process variation if the system is used to control the process, or relative to tolerance if it is used to accept or reject parts.",
                        "For go/no-go gauges or visual inspection, an attribute agreement analysis is used, with parts of known status that include borderline cases. The kappa statistic measures agreement beyond chance; values above 0.75 indicate good agreement. If a study fails, diagnose: if repeatability dominates, check the instrument, its maintenance or the part fixture; if reproducibility dominates, standardise the method, define the measurement points and train the appraisers.",
                    ],
                },
                "callout": {
                    "es": "Elige piezas reales de producción que cubran el rango del proceso. Si todas las piezas son casi iguales, el estudio castigará injustamente a tu sistema de medición.",
                    "en": "Choose real production parts that cover the process range. If all the parts are almost identical, the study will unfairly penalise your measurement system.",
                },
            },
        ],
    },
    {
        "key": "core-spc",
        "code": "CT-SPC",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "san-luis-potosi",
        "discipline": "quality",
        "level": "basic",
        "modality": "online",
        "languages": "es",
        "audience": ["engineer", "technician", "operator"],
        "hours": "10",
        "min_attendance_percent": 0,
        "min_hours": "0",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["mariana-villarreal"],
        "title": {
            "es": "SPC: control estadístico del proceso",
            "en": "SPC: Statistical Process Control",
        },
        "slug": {"es": "spc-control-estadistico", "en": "spc-statistical-process-control"},
        "summary": {
            "es": "Aprende a implementar gráficas de control en la línea, con un plan de reacción claro, y a calcular e interpretar los índices de capacidad Cp, Cpk, Pp y Ppk. Ideal para quienes registran o revisan gráficas todos los días.",
            "en": "Learn to implement control charts on the line, with a clear reaction plan, and to calculate and interpret the capability indices Cp, Cpk, Pp and Ppk. Ideal for those who record or review charts every day.",
        },
        "outcomes": {
            "es": [
                "Seleccionar qué características controlar y cómo formar subgrupos racionales.",
                "Calcular límites de control iniciales y saber cuándo recalcularlos.",
                "Aplicar un plan de reacción ante señales fuera de control.",
                "Calcular e interpretar Cp, Cpk, Pp y Ppk.",
            ],
            "en": [
                "Select which characteristics to control and how to form rational subgroups.",
                "Calculate initial control limits and know when to recalculate them.",
                "Apply a reaction plan to out-of-control signals.",
                "Calculate and interpret Cp, Cpk, Pp and Ppk.",
            ],
        },
        "audience_text": {
            "es": "Para operadores, técnicos e ingenieros que registran, revisan o analizan gráficas de control en producción.",
            "en": "For operators, technicians and engineers who record, review or analyse control charts in production.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿En qué se diferencia de la lección de gráficas del Green Belt?",
                    "en": "How does it differ from the Green Belt lesson on charts?",
                },
                "a": {
                    "es": "El Green Belt usa las gráficas para analizar un proyecto; este curso se enfoca en operarlas todos los días en la línea y en los índices de capacidad que piden los clientes.",
                    "en": "The Green Belt uses charts to analyse a project; this course focuses on running them every day on the line and on the capability indices customers ask for.",
                },
            },
            {
                "q": {
                    "es": "¿Necesito calculadora científica?",
                    "en": "Do I need a scientific calculator?",
                },
                "a": {
                    "es": "Basta con una hoja de cálculo. El curso incluye una plantilla que calcula los límites y los índices a partir de tus datos.",
                    "en": "A spreadsheet is enough. The course includes a template that calculates the limits and indices from your data.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: SPC en la línea", "en": "Module 1: SPC on the line"},
                "title": {
                    "es": "Implementar gráficas de control en la línea",
                    "en": "Implementing control charts on the line",
                },
                "slug": {"es": "graficas-en-la-linea", "en": "charts-on-the-line"},
                "summary": {
                    "es": "Decide qué controlar, cómo muestrear y qué hacer cuando la gráfica da una señal.",
                    "en": "Decide what to control, how to sample and what to do when the chart gives a signal.",
                },
                "paragraphs": {
                    "es": [
                        "El control estadístico del proceso (SPC) busca detectar a tiempo las causas especiales de variación para corregirlas antes de producir piezas fuera de especificación. Es la diferencia entre prevenir e inspeccionar. No se trata de graficar todo: se eligen las características especiales que designa el cliente, las que han causado problemas y los parámetros clave del proceso, como temperaturas, presiones o torques, que anticipan la calidad de la pieza.",
                        "La clave del muestreo son los subgrupos racionales: piezas consecutivas tomadas en un lapso corto, de modo que la variación dentro del subgrupo refleje solo las causas comunes. La frecuencia depende de la estabilidad del proceso y del riesgo; al principio se muestrea más seguido. Los límites iniciales se calculan con 20 a 25 subgrupos y solo se recalculan después de un cambio documentado en el proceso, no cada vez que la gráfica incomoda.",
                        "Cada gráfica necesita un plan de reacción escrito en el plan de control. Ante una señal fuera de control, el operador detiene o ajusta según el procedimiento, contiene las piezas producidas desde la última verificación buena, identifica la causa, la corrige y lo anota en la bitácora de la gráfica. El supervisor revisa las gráficas en cada turno. Recuerda que fuera de control no significa fuera de especificación: la gráfica avisa antes de que el problema llegue a la pieza.",
                    ],
                    "en": [
                        "Statistical process control (SPC) seeks to detect special causes of variation in time to correct them before out-of-specification parts are produced. It is the difference between preventing and inspecting. It is not about charting everything: you choose the special characteristics designated by the customer, those that have caused problems and the key process parameters, such as temperatures, pressures or torques, that anticipate the quality of the part.",
                        "The key to sampling is rational subgroups: consecutive parts taken over a short time, so that the variation within the subgroup reflects only common causes. The frequency depends on process stability and risk; at first you sample more often. Initial limits are calculated from 20 to 25 subgroups and are only recalculated after a documented process change, not every time the chart is inconvenient.",
                        "Every chart needs a reaction plan written into the control plan. When there is an out-of-control signal, the operator stops or adjusts according to the procedure, contains the parts produced since the last good check, identifies the cause, corrects it and notes it in the chart log. The supervisor reviews the charts on every shift. Remember that out of control does not mean out of specification: the chart warns you before the problem reaches the part.",
                    ],
                },
                "callout": {
                    "es": "Una gráfica que nadie revisa ni provoca acciones es solo papeleo. Pregunta en tu línea quién reacciona a cada señal y cómo queda registrado.",
                    "en": "A chart that nobody reviews and that triggers no action is just paperwork. Ask on your line who reacts to each signal and how it is recorded.",
                },
            },
            {
                "module": {"es": "Módulo 2: Capacidad", "en": "Module 2: Capability"},
                "title": {
                    "es": "Índices de capacidad Cp, Cpk, Pp y Ppk",
                    "en": "Capability indices Cp, Cpk, Pp and Ppk",
                },
                "slug": {"es": "indices-de-capacidad", "en": "capability-indices"},
                "summary": {
                    "es": "Compara la voz del proceso con la voz del cliente mediante los índices de capacidad.",
                    "en": "Compare the voice of the process with the voice of the customer using capability indices.",
                },
                "paragraphs": {
                    "es": [
                        "La capacidad compara la dispersión natural del proceso con la tolerancia que pide el cliente. Solo tiene sentido calcularla cuando el proceso es estable, es decir, cuando la gráfica de control no muestra causas especiales, y cuando los datos siguen aproximadamente una distribución normal. El índice Cp divide el ancho de la tolerancia entre seis desviaciones estándar y muestra la capacidad potencial si el proceso estuviera centrado. El Cpk toma la distancia de la media al límite más cercano, dividida entre tres desviaciones estándar, y por eso castiga el descentrado.",
                        "Cp y Cpk usan la desviación estándar dentro de los subgrupos, que representa la variación de corto plazo. Pp y Ppk usan la desviación estándar global de todos los datos, que incluye los cambios entre subgrupos y representa el desempeño de largo plazo. Si el Cpk es mucho mayor que el Ppk, el proceso tiene variación entre subgrupos, como desplazamientos entre turnos o lotes. Si el Cp es alto pero el Cpk es bajo, el proceso está descentrado y basta con ajustar la media.",
                        "Un Cpk de 1.0 significa que la media está a tres desviaciones estándar del límite más cercano, con unas 1,350 piezas por millón fuera de ese límite. Con 1.33 la distancia es de cuatro desviaciones estándar y el resultado baja a unas 32 piezas por millón. Por eso muchos clientes piden un Cpk de al menos 1.33 en producción y un Ppk de al menos 1.67 en los estudios iniciales del PPAP. Si tus datos no son normales, usa una transformación o la distribución adecuada antes de calcular.",
                    ],
                    "en": [
                        "Capability compares the natural spread of the process with the tolerance the customer requires. It only makes sense to calculate it when the process is stable, that is, when the control chart shows no special causes, and when the data roughly follow a normal distribution. The Cp index divides the width of the tolerance by six standard deviations and shows the potential capability if the process were centred. Cpk takes the distance from the mean to the nearest limit, divided by three standard deviations, and therefore penalises being off centre.",
                        "Cp and Cpk use the within-subgroup standard deviation, which represents short-term variation. Pp and Ppk use the overall standard deviation of all the data, which includes changes between subgroups and represents long-term performance. If Cpk is much higher than Ppk, the process has variation between subgroups, such as jumps between shifts or batches. If Cp is high but Cpk is low, the process is off centre and adjusting the mean is enough.",
                        "A Cpk of 1.0 means that the mean is three standard deviations from the nearest limit, with about 1,350 parts per million beyond that limit. At 1.33 the distance is four standard deviations and the result drops to about 32 parts per million. That is why many customers ask for a Cpk of at least 1.33 in production and a Ppk of at least 1.67 in PPAP initial studies. If your data are not normal, use a transformation or the appropriate distribution before calculating.",
                    ],
                },
                "callout": None,
            },
        ],
    },
    {
        "key": "decarbonisation",
        "code": "SU-DESC",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "chihuahua",
        "discipline": "sustainability",
        "level": "intermediate",
        "modality": "blended",
        "languages": "es",
        "audience": ["executive", "engineer"],
        "hours": "16",
        "min_attendance_percent": 80,
        "min_hours": "12.8",
        "pass_mark": 70,
        "min_lessons_percent": 100,
        "dc3_thematic_area": "1000",
        "instructors": ["claudia-esparza"],
        "title": {
            "es": "Descarbonización industrial: emisiones y eficiencia energética",
            "en": "Industrial decarbonisation: emissions and energy efficiency",
        },
        "slug": {"es": "descarbonizacion-industrial", "en": "industrial-decarbonisation"},
        "summary": {
            "es": "Aprende a elaborar el inventario de emisiones de tu planta con los alcances 1, 2 y 3 y a reducirlas con eficiencia energética y energía limpia. Responderás mejor a los cuestionarios de huella de carbono que envían los fabricantes a sus proveedores.",
            "en": "Learn to prepare your plant's emissions inventory with scopes 1, 2 and 3 and to reduce them through energy efficiency and clean energy. You will be better able to answer the carbon footprint questionnaires that manufacturers send to their suppliers.",
        },
        "outcomes": {
            "es": [
                "Clasificar las fuentes de emisión de una planta en los alcances 1, 2 y 3 del Protocolo de GEI.",
                "Calcular emisiones con datos de actividad y factores de emisión.",
                "Identificar las medidas de eficiencia energética con mejor retorno en una planta automotriz.",
                "Plantear una hoja de ruta de descarbonización con metas y responsables.",
            ],
            "en": [
                "Classify a plant's emission sources into scopes 1, 2 and 3 of the GHG Protocol.",
                "Calculate emissions with activity data and emission factors.",
                "Identify the energy efficiency measures with the best return in an automotive plant.",
                "Outline a decarbonisation roadmap with targets and owners.",
            ],
        },
        "audience_text": {
            "es": "Para directivos, gerentes de planta, ingenieros de instalaciones y responsables de medio ambiente y sostenibilidad.",
            "en": "For executives, plant managers, facilities engineers and environmental and sustainability managers.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Mi planta está obligada a reportar emisiones?",
                    "en": "Is my plant required to report emissions?",
                },
                "a": {
                    "es": "En México, los establecimientos que emiten 25,000 toneladas de CO2 equivalente o más al año deben reportar al Registro Nacional de Emisiones. Aunque no llegues a ese umbral, tus clientes probablemente ya te piden esa información.",
                    "en": "In Mexico, facilities that emit 25,000 tonnes of CO2 equivalent or more per year must report to the National Emissions Registry. Even if you do not reach that threshold, your customers are probably already asking you for that information.",
                },
            },
            {
                "q": {"es": "¿Qué datos debo llevar?", "en": "Which data should I bring?"},
                "a": {
                    "es": "Los recibos de electricidad y de gas de los últimos doce meses y, si los tienes, los consumos de diésel, gas LP y refrigerantes. Con ellos calcularás tus alcances 1 y 2 en la sesión presencial.",
                    "en": "Your electricity and gas bills for the last twelve months and, if you have them, your diesel, LPG and refrigerant consumption. With them you will calculate your scopes 1 and 2 in the in-person session.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Medir", "en": "Module 1: Measure"},
                "title": {
                    "es": "Inventario de emisiones: alcances 1, 2 y 3",
                    "en": "Emissions inventory: scopes 1, 2 and 3",
                },
                "slug": {"es": "alcances-1-2-3", "en": "scopes-1-2-3"},
                "summary": {
                    "es": "Clasifica las emisiones de tu planta y entiende por qué tus clientes te las piden.",
                    "en": "Classify your plant's emissions and understand why your customers are asking for them.",
                },
                "paragraphs": {
                    "es": [
                        "Los fabricantes de vehículos se han comprometido a reducir sus emisiones de gases de efecto invernadero en toda su cadena de valor, y para cumplir necesitan datos de sus proveedores. Por eso cada vez más clientes piden la huella de carbono de sus proveedores, metas de reducción y evidencia de avance. En México, además, la Ley General de Cambio Climático obliga a reportar al Registro Nacional de Emisiones a los establecimientos que superan las 25,000 toneladas de CO2 equivalente al año.",
                        "El Protocolo de Gases de Efecto Invernadero clasifica las emisiones en tres alcances. El alcance 1 son las emisiones directas de fuentes propias: gas natural en hornos y calderas, gas LP de montacargas, diésel de plantas de emergencia, vehículos de la empresa y fugas de refrigerantes. El alcance 2 son las emisiones indirectas por la electricidad comprada, que se calculan con el factor de emisión de la red o, en el enfoque de mercado, con los contratos e instrumentos de energía limpia que tenga la empresa.",
                        "El alcance 3 agrupa el resto de las emisiones de la cadena de valor en quince categorías, como bienes y servicios comprados, transporte, residuos, viajes de negocio, traslado de empleados y uso de los productos vendidos. Para un fabricante de autopartes, los materiales comprados, como acero, aluminio y resinas, suelen ser la mayor parte. Empieza con datos de actividad multiplicados por factores de emisión, documenta tus supuestos y mejora la calidad de los datos cada año. Recuerda que tus alcances 1 y 2 forman parte del alcance 3 de tu cliente.",
                    ],
                    "en": [
                        "Vehicle manufacturers have committed to reducing greenhouse gas emissions across their whole value chain, and to do so they need data from their suppliers. That is why more and more customers ask their suppliers for their carbon footprint, reduction targets and evidence of progress. In Mexico, moreover, the General Law on Climate Change requires facilities that exceed 25,000 tonnes of CO2 equivalent per year to report to the National Emissions Registry.",
                        "The Greenhouse Gas Protocol classifies emissions into three scopes. Scope 1 is direct emissions from owned sources: natural gas in furnaces and boilers, LPG in forklifts, diesel in emergency generators, company vehicles and refrigerant leaks. Scope 2 is indirect emissions from purchased electricity, calculated with the grid emission factor or, under the market-based approach, with the clean energy contracts and instruments the company holds.",
                        "Scope 3 groups the rest of the value chain emissions into fifteen categories, such as purchased goods and services, transport, waste, business travel, employee commuting and use of sold products. For an auto-parts maker, purchased materials such as steel, aluminium and resins are usually the largest share. Start with activity data multiplied by emission factors, document your assumptions and improve data quality every year. Remember that your scopes 1 and 2 are part of your customer's scope 3.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Reducir", "en": "Module 2: Reduce"},
                "title": {
                    "es": "Eficiencia energética y energía limpia en planta",
                    "en": "Energy efficiency and clean energy in the plant",
                },
                "slug": {"es": "eficiencia-energetica", "en": "energy-efficiency"},
                "summary": {
                    "es": "Identifica las medidas que reducen consumo, costo y emisiones con el mejor retorno.",
                    "en": "Identify the measures that reduce consumption, cost and emissions with the best return.",
                },
                "paragraphs": {
                    "es": [
                        "No puedes reducir lo que no mides. El primer paso es una línea base energética: cuánto consume la planta y en qué. Instala medidores en los usos significativos, como aire comprimido, motores, climatización, hornos de tratamiento térmico, hornos de pintura e iluminación. La norma ISO 50001 ofrece un marco para gestionar la energía con el ciclo planear, hacer, verificar y actuar: política energética, revisión de consumos, indicadores de desempeño energético, metas y planes de acción.",
                        "Las medidas de mayor retorno suelen ser sencillas. En muchas plantas se pierde entre 20 % y 30 % del aire comprimido por fugas; un programa de detección y reparación, bajar la presión al mínimo necesario y cortar el aire fuera de horario dan ahorros inmediatos. Los variadores de frecuencia en bombas y ventiladores aprovechan que la potencia varía con el cubo de la velocidad: reducir la velocidad 20 % baja el consumo casi a la mitad. Suma iluminación LED con sensores y recuperación del calor de los compresores.",
                        "Después de reducir el consumo, descarboniza el suministro. Los sistemas fotovoltaicos en techos de nave, los contratos de suministro de energía limpia y la electrificación de usos térmicos, como bombas de calor o montacargas eléctricos en lugar de gas LP, reducen los alcances 1 y 2. Prioriza las medidas según su costo por tonelada evitada y su periodo de recuperación. Involucra al personal con recorridos de energía y campañas de apagado: muchas pérdidas ocurren en fines de semana y cambios de turno.",
                    ],
                    "en": [
                        "You cannot reduce what you do not measure. The first step is an energy baseline: how much the plant consumes and on what. Install meters on significant uses, such as compressed air, motors, air conditioning, heat treatment furnaces, paint ovens and lighting. ISO 50001 offers a framework for managing energy with the plan, do, check, act cycle: energy policy, energy review, energy performance indicators, targets and action plans.",
                        "The measures with the highest return are usually simple. In many plants between 20% and 30% of compressed air is lost through leaks; a detection and repair programme, lowering the pressure to the minimum needed and shutting off air outside working hours give immediate savings. Variable frequency drives on pumps and fans take advantage of the fact that power varies with the cube of speed: reducing speed by 20% cuts consumption almost in half. Add LED lighting with sensors and heat recovery from compressors.",
                        "After reducing consumption, decarbonise the supply. Rooftop photovoltaic systems, clean energy supply contracts and the electrification of thermal uses, such as heat pumps or electric forklifts instead of LPG, reduce scopes 1 and 2. Prioritise measures by their cost per tonne avoided and their payback period. Involve staff with energy walks and switch-off campaigns: many losses happen at weekends and during shift changes.",
                    ],
                },
                "callout": {
                    "es": "Haz un recorrido de la planta un domingo con la producción detenida: escucha las fugas de aire y anota los equipos encendidos sin necesidad.",
                    "en": "Walk the plant on a Sunday with production stopped: listen for air leaks and note the equipment left running for no reason.",
                },
            },
        ],
    },
    {
        "key": "materials-lightweighting",
        "code": "MA-ALIG",
        "programme": None,
        "path_order": 0,
        "prerequisites": [],
        "cluster": "zona-centro",
        "discipline": "materials",
        "level": "intermediate",
        "modality": "in_person",
        "languages": "es",
        "audience": ["engineer", "technician"],
        "hours": "16",
        "min_attendance_percent": 85,
        "min_hours": "13.6",
        "pass_mark": 70,
        "min_lessons_percent": 50,
        "dc3_thematic_area": "1000",
        "instructors": ["hiroshi-nakamura"],
        "title": {
            "es": "Materiales para aligeramiento: aluminio, policarbonato e inyección de plásticos",
            "en": "Lightweighting materials: aluminium, polycarbonate and plastic injection moulding",
        },
        "slug": {"es": "materiales-aligeramiento", "en": "lightweighting-materials"},
        "summary": {
            "es": "Conoce las aleaciones de aluminio y los plásticos de ingeniería que permiten aligerar los vehículos, y los fundamentos del moldeo por inyección para producir piezas sin defectos. La práctica se realiza en el taller de inyección de una empresa socia del clúster Zona Centro.",
            "en": "Get to know the aluminium alloys and engineering plastics that make lighter vehicles possible, and the fundamentals of injection moulding to produce defect-free parts. The practice takes place at the injection moulding shop of a member company of the Zona Centro cluster.",
        },
        "outcomes": {
            "es": [
                "Seleccionar aleaciones y procesos de aluminio según la aplicación.",
                "Explicar las propiedades y limitaciones del policarbonato en aplicaciones automotrices.",
                "Describir las etapas del ciclo de inyección y sus parámetros clave.",
                "Diagnosticar los defectos de inyección más comunes y sus causas.",
            ],
            "en": [
                "Select aluminium alloys and processes according to the application.",
                "Explain the properties and limitations of polycarbonate in automotive applications.",
                "Describe the stages of the injection cycle and its key parameters.",
                "Diagnose the most common injection moulding defects and their causes.",
            ],
        },
        "audience_text": {
            "es": "Para ingenieros de producto, materiales y procesos, y técnicos de moldeo que trabajan con piezas de aluminio o plástico.",
            "en": "For product, materials and process engineers, and moulding technicians who work with aluminium or plastic parts.",
        },
        "faq": [
            {
                "q": {
                    "es": "¿Se opera una máquina de inyección durante el curso?",
                    "en": "Is an injection moulding machine operated during the course?",
                },
                "a": {
                    "es": "Sí, bajo la supervisión del personal de la empresa anfitriona. Debes presentarte con calzado de seguridad, lentes de seguridad y manga larga.",
                    "en": "Yes, under the supervision of the host company's staff. You must arrive with safety shoes, safety glasses and long sleeves.",
                },
            },
            {
                "q": {
                    "es": "¿El curso incluye fundición de aluminio en la práctica?",
                    "en": "Does the practice include aluminium casting?",
                },
                "a": {
                    "es": "No. La fundición se estudia en la lección y con una visita guiada a una planta de fundición a presión cuando la agenda lo permite; la práctica se centra en la inyección de plásticos.",
                    "en": "No. Casting is covered in the lesson and through a guided visit to a die-casting plant when the schedule allows; the practice focuses on plastic injection moulding.",
                },
            },
        ],
        "lessons": [
            {
                "module": {"es": "Módulo 1: Materiales", "en": "Module 1: Materials"},
                "title": {
                    "es": "Aluminio y policarbonato en el vehículo",
                    "en": "Aluminium and polycarbonate in the vehicle",
                },
                "slug": {"es": "aluminio-y-policarbonato", "en": "aluminium-and-polycarbonate"},
                "summary": {
                    "es": "Descubre por qué el aluminio y el policarbonato ganan terreno en los vehículos y cómo se usan.",
                    "en": "Find out why aluminium and polycarbonate are gaining ground in vehicles and how they are used.",
                },
                "paragraphs": {
                    "es": [
                        "Cada kilogramo que se quita a un vehículo reduce su consumo de combustible o, en un vehículo eléctrico, aumenta su autonomía. Como las baterías añaden cientos de kilogramos, el aligeramiento es todavía más importante en la electromovilidad. El aluminio tiene una densidad de unos 2.7 gramos por centímetro cúbico, cerca de un tercio de la del acero, resiste bien la corrosión y se recicla con una fracción pequeña de la energía necesaria para producirlo a partir de mineral.",
                        "Las aleaciones de la serie 5000, de aluminio y magnesio, se usan en paneles interiores y piezas estructurales por su buena formabilidad. Las de la serie 6000, de aluminio, magnesio y silicio, admiten tratamiento térmico y se usan en paneles exteriores y perfiles extruidos, como defensas y carcasas de baterías. Las piezas fundidas, como rines y componentes de suspensión, usan aleaciones como la A356, y la fundición a alta presión produce nodos estructurales y grandes piezas de una sola fundición. Al unir aluminio con acero hay que evitar la corrosión galvánica.",
                        "El policarbonato es un termoplástico amorfo y transparente, con una densidad de alrededor de 1.2 gramos por centímetro cúbico y una resistencia al impacto muy alta. Se usa en micas de faros, guías de luz, techos panorámicos y ventanas, donde pesa aproximadamente la mitad que el vidrio. Sin protección se raya y se amarillenta con la radiación ultravioleta, por eso se le aplica un recubrimiento duro. Las mezclas de policarbonato y ABS son comunes en interiores. Es sensible a algunos químicos, que pueden provocar agrietamiento bajo esfuerzo.",
                    ],
                    "en": [
                        "Every kilogram taken off a vehicle reduces its fuel consumption or, in an electric vehicle, increases its range. Because batteries add hundreds of kilograms, lightweighting is even more important in electromobility. Aluminium has a density of about 2.7 grams per cubic centimetre, close to one third of that of steel, resists corrosion well and is recycled using a small fraction of the energy needed to produce it from ore.",
                        "The 5000 series alloys, of aluminium and magnesium, are used in inner panels and structural parts because of their good formability. The 6000 series alloys, of aluminium, magnesium and silicon, can be heat treated and are used in outer panels and extruded profiles, such as bumpers and battery housings. Cast parts, such as wheels and suspension components, use alloys such as A356, and high-pressure die casting produces structural nodes and large single-piece castings. When joining aluminium to steel, galvanic corrosion must be avoided.",
                        "Polycarbonate is an amorphous, transparent thermoplastic with a density of about 1.2 grams per cubic centimetre and very high impact strength. It is used in headlamp lenses, light guides, panoramic roofs and windows, where it weighs roughly half as much as glass. Without protection it scratches and turns yellow under ultraviolet radiation, which is why a hard coat is applied. Polycarbonate and ABS blends are common in interiors. It is sensitive to some chemicals, which can cause stress cracking.",
                    ],
                },
                "callout": None,
            },
            {
                "module": {"es": "Módulo 2: Proceso", "en": "Module 2: Process"},
                "title": {
                    "es": "Fundamentos del moldeo por inyección",
                    "en": "Injection moulding fundamentals",
                },
                "slug": {"es": "moldeo-por-inyeccion", "en": "injection-moulding"},
                "summary": {
                    "es": "Conoce la máquina, el ciclo, los parámetros y los defectos del moldeo por inyección.",
                    "en": "Learn about the machine, the cycle, the parameters and the defects of injection moulding.",
                },
                "paragraphs": {
                    "es": [
                        "Una máquina de inyección tiene dos unidades. La unidad de inyección recibe el material en la tolva, lo funde en un barril con resistencias y lo empuja con un husillo reciprocante. La unidad de cierre mantiene el molde cerrado con una fuerza que se mide en toneladas. El molde contiene la cavidad y el corazón, los canales de alimentación, las entradas, los canales de enfriamiento y los botadores. El ciclo tiene cinco etapas: cierre, llenado, empaque o sostenimiento, enfriamiento, que suele ser la más larga, y apertura con expulsión de la pieza.",
                        "Los parámetros clave son la temperatura de la masa fundida y del molde, la velocidad de inyección, la presión y el tiempo de sostenimiento, y el tiempo de enfriamiento. El moldeo científico separa el llenado del empaque: se llena la pieza casi por completo con control de velocidad, se transfiere a control de presión y se determina el tiempo de congelamiento de la entrada. El policarbonato absorbe humedad, así que debe secarse, normalmente a unos 120 °C durante varias horas; si no, se degrada y aparecen rayas plateadas y fragilidad.",
                        "Conocer los defectos acelera el diagnóstico. La pieza incompleta suele deberse a falta de material o de presión, a un molde frío o a una mala ventilación. La rebaba aparece por fuerza de cierre insuficiente, línea de partición desgastada o presión excesiva. Los rechupes se forman en secciones gruesas con empaque insuficiente, y el alabeo, por enfriamiento desigual u orientación del material. Las líneas de unión se forman donde se encuentran dos frentes de flujo, y las quemaduras, por aire atrapado sin ventilación. Documenta cada proceso en una hoja de parámetros controlada.",
                    ],
                    "en": [
                        "An injection moulding machine has two units. The injection unit receives the material in the hopper, melts it in a barrel with heater bands and pushes it with a reciprocating screw. The clamping unit holds the mould closed with a force measured in tonnes. The mould contains the cavity and the core, the runners, the gates, the cooling channels and the ejector pins. The cycle has five stages: clamping, filling, packing or holding, cooling, which is usually the longest, and opening with part ejection.",
                        "The key parameters are the melt and mould temperatures, injection speed, holding pressure and time, and cooling time. Scientific moulding separates filling from packing: the part is filled almost completely under velocity control, switched over to pressure control, and the gate freeze time is determined. Polycarbonate absorbs moisture, so it must be dried, typically at about 120 °C for several hours; otherwise it degrades and silver streaks and brittleness appear.",
                        "Knowing the defects speeds up diagnosis. A short shot is usually due to a lack of material or pressure, a cold mould or poor venting. Flash appears because of insufficient clamping force, a worn parting line or excessive pressure. Sink marks form in thick sections with insufficient packing, and warpage is caused by uneven cooling or material orientation. Weld lines form where two flow fronts meet, and burns are caused by trapped air without venting. Document each process on a controlled parameter sheet.",
                    ],
                },
                "callout": {
                    "es": "Nunca metas las manos entre las placas del molde sin aplicar el bloqueo de energía de la máquina, aunque la puerta de seguridad esté abierta.",
                    "en": "Never put your hands between the mould plates without applying the machine's energy lockout, even if the safety gate is open.",
                },
            },
        ],
    },
]

# Assessment of each course, by code: four questions, Spanish and English.
# Each question: (prompt es, prompt en, [(correct, answer es, answer en), ...]);
# more than one correct answer makes it a "select all that apply" question.
Y, N = True, False
ASSESSMENT_ATTEMPTS = 3
ASSESSMENTS = {
    "SS-WB": [
        (
            "¿Aproximadamente cuántos defectos por millón de oportunidades (DPMO) produce un proceso que opera a seis sigma?",
            "About how many defects per million opportunities (DPMO) does a process operating at six sigma produce?",
            [(Y, "3.4", "3.4"), (N, "66,800", "66,800"), (N, "1,350", "1,350"), (N, "233", "233")],
        ),
        (
            "¿En qué fase de DMAIC se buscan las causas raíz y se confirman con datos?",
            "In which DMAIC phase are root causes sought and confirmed with data?",
            [
                (N, "Definir", "Define"),
                (N, "Medir", "Measure"),
                (Y, "Analizar", "Analyse"),
                (N, "Controlar", "Control"),
            ],
        ),
        (
            "¿Cuáles son responsabilidades del patrocinador de un proyecto Six Sigma? (Selecciona todas las que apliquen)",
            "Which are responsibilities of the sponsor of a Six Sigma project? (Select all that apply)",
            [
                (Y, "Elegir los proyectos", "Choosing the projects"),
                (Y, "Asignar recursos", "Assigning resources"),
                (Y, "Eliminar obstáculos", "Removing obstacles"),
                (
                    N,
                    "Recolectar los datos en la estación de trabajo",
                    "Collecting the data at the workstation",
                ),
            ],
        ),
        (
            "¿Qué propone Six Sigma en lugar de inspeccionar y separar las piezas malas al final del proceso?",
            "What does Six Sigma propose instead of inspecting and sorting out bad parts at the end of the process?",
            [
                (
                    Y,
                    "Medir la variación, encontrar sus causas y reducirla",
                    "Measuring variation, finding its causes and reducing it",
                ),
                (
                    N,
                    "Inspeccionar con más frecuencia al final de la línea",
                    "Inspecting more often at the end of the line",
                ),
                (N, "Ampliar las tolerancias del plano", "Widening the tolerances on the drawing"),
            ],
        ),
    ],
    "SS-YB": [
        (
            "¿Qué es una característica crítica para la calidad (CTQ)?",
            "What is a critical-to-quality characteristic (CTQ)?",
            [
                (
                    Y,
                    "Una característica medible, con su especificación, que traduce una necesidad del cliente",
                    "A measurable characteristic, with its specification, that translates a customer need",
                ),
                (
                    N,
                    "Una queja del cliente escrita con sus propias palabras",
                    "A customer complaint written in the customer's own words",
                ),
                (N, "El costo anual del scrap de una línea", "The annual cost of a line's scrap"),
            ],
        ),
        (
            "Según el modelo de Kano, la seguridad y el ajuste dimensional de una autoparte son requisitos…",
            "According to the Kano model, the safety and dimensional fit of an auto part are…",
            [
                (Y, "Básicos", "Basic requirements"),
                (N, "De desempeño", "Performance requirements"),
                (
                    N,
                    "Atributos que generan satisfacción adicional",
                    "Attributes that create extra satisfaction",
                ),
            ],
        ),
        (
            "¿Cuáles son buenas prácticas al construir un SIPOC? (Selecciona todas las que apliquen)",
            "Which are good practices when building a SIPOC? (Select all that apply)",
            [
                (
                    Y,
                    "Describir el proceso en cinco a siete pasos con inicio y fin claros",
                    "Describing the process in five to seven steps with a clear start and end",
                ),
                (
                    Y,
                    "Construirlo con quienes operan el proceso y validarlo en piso",
                    "Building it with the people who run the process and validating it on the shop floor",
                ),
                (
                    N,
                    "Definir como alcance la calidad de toda la planta",
                    "Setting the quality of the whole plant as the scope",
                ),
                (
                    N,
                    "Copiar el procedimiento documentado sin recorrer el proceso",
                    "Copying the documented procedure without walking the process",
                ),
            ],
        ),
        (
            "¿Por dónde conviene empezar a construir un SIPOC?",
            "Where is it best to start building a SIPOC?",
            [
                (Y, "Por el centro: el proceso", "In the middle: the process"),
                (N, "Por los proveedores", "With the suppliers"),
                (N, "Por los clientes", "With the customers"),
            ],
        ),
    ],
    "SS-GB": [
        (
            "¿Cuál de estos es un enunciado del problema bien escrito?",
            "Which of these is a well-written problem statement?",
            [
                (
                    Y,
                    "Desde enero, la línea 3 de estampado genera 2.8 % de scrap por rebabas en el soporte del tablero, equivalente a 1.2 millones de pesos al año",
                    "Since January, stamping line 3 has generated 2.8% scrap due to burrs on the dashboard bracket, equivalent to 1.2 million pesos a year",
                ),
                (N, "Los operadores necesitan capacitación", "Operators need training"),
                (
                    N,
                    "Hay que comprar una prensa nueva para la línea 3",
                    "A new press must be bought for line 3",
                ),
            ],
        ),
        (
            "¿Cuáles de estas señales indican una causa especial en una gráfica de control? (Selecciona todas las que apliquen)",
            "Which of these signals indicate a special cause on a control chart? (Select all that apply)",
            [
                (
                    Y,
                    "Un punto fuera de los límites de control",
                    "A point outside the control limits",
                ),
                (
                    Y,
                    "Siete u ocho puntos seguidos del mismo lado de la media",
                    "Seven or eight points in a row on the same side of the mean",
                ),
                (Y, "Una tendencia sostenida", "A sustained trend"),
                (
                    N,
                    "Un punto dentro de los límites, un poco arriba de la línea central",
                    "A point within the limits, slightly above the centre line",
                ),
            ],
        ),
        (
            "Tienes datos continuos y solo una medición por periodo. ¿Qué gráfica de control usas?",
            "You have continuous data and only one measurement per period. Which control chart do you use?",
            [
                (Y, "I-MR", "I-MR"),
                (N, "X-barra R", "X-bar R"),
                (N, "p", "p chart"),
                (N, "u", "u chart"),
            ],
        ),
        (
            "Con un nivel de significancia de 0.05, una prueba da un valor p de 0.02. ¿Qué concluyes?",
            "With a significance level of 0.05, a test gives a p-value of 0.02. What do you conclude?",
            [
                (
                    Y,
                    "Rechazas la hipótesis nula: la diferencia es estadísticamente significativa",
                    "You reject the null hypothesis: the difference is statistically significant",
                ),
                (
                    N,
                    "No rechazas la hipótesis nula: no hay diferencia",
                    "You do not reject the null hypothesis: there is no difference",
                ),
                (
                    N,
                    "La prueba no es válida y hay que repetirla",
                    "The test is not valid and must be repeated",
                ),
            ],
        ),
    ],
    "SS-BB": [
        (
            "¿Cuál es la principal ventaja del diseño de experimentos frente a cambiar un factor a la vez?",
            "What is the main advantage of design of experiments over changing one factor at a time?",
            [
                (
                    Y,
                    "Detecta las interacciones entre factores",
                    "It detects interactions between factors",
                ),
                (N, "No requiere analizar los datos", "It does not require analysing the data"),
                (N, "Permite no aleatorizar las corridas", "It lets you skip randomising the runs"),
            ],
        ),
        (
            "¿Cuántas corridas necesita un diseño factorial completo 2^k con tres factores, sin réplicas?",
            "How many runs does a full 2^k factorial design with three factors need, without replicates?",
            [(Y, "8", "8"), (N, "6", "6"), (N, "9", "9"), (N, "27", "27")],
        ),
        (
            "¿Qué principios protegen la validez de un experimento? (Selecciona todas las que apliquen)",
            "Which principles protect the validity of an experiment? (Select all that apply)",
            [
                (Y, "Aleatorizar el orden de las corridas", "Randomising the run order"),
                (Y, "Replicar", "Replication"),
                (Y, "Formar bloques", "Blocking"),
                (N, "Cambiar un solo factor a la vez", "Changing only one factor at a time"),
            ],
        ),
        (
            "En el despliegue de políticas (hoshin kanri), ¿qué herramienta muestra en una sola página metas, prioridades, proyectos, indicadores y responsables?",
            "In policy deployment (hoshin kanri), which tool shows goals, priorities, projects, indicators and owners on a single page?",
            [
                (Y, "La matriz X", "The X-matrix"),
                (N, "El diagrama de Pareto", "The Pareto chart"),
                (N, "El SIPOC", "The SIPOC"),
                (N, "El diagrama de Ishikawa", "The fishbone diagram"),
            ],
        ),
    ],
    "EM-101": [
        (
            "¿Qué tipo de vehículo depende solo de su batería y se carga desde la red eléctrica?",
            "Which type of vehicle depends only on its battery and is charged from the grid?",
            [
                (Y, "Eléctrico de batería (BEV)", "Battery electric vehicle (BEV)"),
                (N, "Híbrido convencional (HEV)", "Conventional hybrid (HEV)"),
                (N, "De celda de combustible (FCEV)", "Fuel cell vehicle (FCEV)"),
            ],
        ),
        (
            "¿Qué hace el inversor de tracción?",
            "What does the traction inverter do?",
            [
                (
                    Y,
                    "Convierte la corriente directa de la batería en corriente alterna trifásica para el motor",
                    "It converts the battery's direct current into three-phase alternating current for the motor",
                ),
                (
                    N,
                    "Convierte la corriente alterna de la red en corriente directa para cargar la batería",
                    "It converts alternating current from the grid into direct current to charge the battery",
                ),
                (
                    N,
                    "Reduce el voltaje a 12 volts para luces y módulos",
                    "It steps the voltage down to 12 volts for lights and modules",
                ),
            ],
        ),
        (
            "Para la misma potencia, ¿qué ventajas tiene una arquitectura de 800 volts frente a una de 400? (Selecciona todas las que apliquen)",
            "For the same power, what advantages does an 800 volt architecture have over a 400 volt one? (Select all that apply)",
            [
                (Y, "La corriente se reduce a la mitad", "The current is halved"),
                (Y, "Cables más delgados y ligeros", "Thinner and lighter cables"),
                (Y, "Carga rápida de mayor potencia", "Higher-power fast charging"),
                (
                    N,
                    "Los componentes soportan voltajes menores",
                    "Components withstand lower voltages",
                ),
            ],
        ),
        (
            "¿Qué es el frenado regenerativo?",
            "What is regenerative braking?",
            [
                (
                    Y,
                    "El motor funciona como generador y devuelve energía a la batería",
                    "The motor acts as a generator and returns energy to the battery",
                ),
                (
                    N,
                    "Los frenos de fricción calientan la batería en clima frío",
                    "The friction brakes warm the battery in cold weather",
                ),
                (
                    N,
                    "La batería de 12 volts alimenta los frenos",
                    "The 12 volt battery powers the brakes",
                ),
            ],
        ),
    ],
    "EM-102": [
        (
            "En la regulación vehicular (Reglamento ONU n.º 100), ¿a partir de qué voltaje se considera alto voltaje?",
            "In vehicle regulations (UN Regulation No. 100), above what voltage is a circuit high voltage?",
            [
                (
                    Y,
                    "60 V de corriente directa o 30 V de corriente alterna",
                    "60 V direct current or 30 V alternating current",
                ),
                (N, "12 V de corriente directa", "12 V direct current"),
                (N, "400 V de corriente directa", "400 V direct current"),
                (N, "1,000 V de corriente alterna", "1,000 V alternating current"),
            ],
        ),
        (
            "¿Qué pasos forman parte de la desenergización de un vehículo eléctrico? (Selecciona todas las que apliquen)",
            "Which steps are part of de-energising an electric vehicle? (Select all that apply)",
            [
                (
                    Y,
                    "Retirar el desconector de servicio y guardarlo contigo",
                    "Removing the service disconnect and keeping it with you",
                ),
                (Y, "Colocar tu candado y tarjeta personal", "Fitting your personal lock and tag"),
                (
                    Y,
                    "Verificar ausencia de tensión con un multímetro categoría III o IV probado antes y después",
                    "Verifying the absence of voltage with a category III or IV multimeter tested before and after",
                ),
                (
                    N,
                    "Empezar a trabajar en cuanto se apaga el encendido",
                    "Starting work as soon as the ignition is switched off",
                ),
            ],
        ),
        (
            "Una persona está en contacto con un conductor energizado y no puedes cortar la energía con seguridad. ¿Qué haces?",
            "A person is in contact with a live conductor and you cannot cut the power safely. What do you do?",
            [
                (
                    Y,
                    "La separas con un gancho o pértiga aislante de rescate",
                    "Separate them with an insulating rescue hook or pole",
                ),
                (
                    N,
                    "La jalas con las manos para soltarla rápido",
                    "Pull them away with your hands to free them quickly",
                ),
                (
                    N,
                    "Le echas agua para enfriar el contacto",
                    "Throw water on them to cool the contact",
                ),
            ],
        ),
        (
            "¿Qué debes hacer antes de cada uso de los guantes aislantes clase 0?",
            "What must you do before each use of class 0 insulating gloves?",
            [
                (
                    Y,
                    "Inflarlos con aire para detectar agujeros y revisar la fecha de su última prueba dieléctrica",
                    "Inflate them with air to detect holes and check the date of their last dielectric test",
                ),
                (N, "Lavarlos con solvente", "Wash them with solvent"),
                (
                    N,
                    "Quitarles los protectores de cuero para tener mejor agarre",
                    "Remove the leather protectors for a better grip",
                ),
            ],
        ),
    ],
    "EM-201": [
        (
            "Frente a una celda NMC, ¿cómo es una celda LFP?",
            "Compared with an NMC cell, what is an LFP cell like?",
            [
                (
                    Y,
                    "Más estable, dura más ciclos, cuesta menos y trabaja a unos 3.2 V",
                    "More stable, lasts more cycles, costs less and works at about 3.2 V",
                ),
                (
                    N,
                    "Tiene más energía por kilogramo y trabaja a unos 3.6 V",
                    "It has more energy per kilogram and works at about 3.6 V",
                ),
                (N, "Usa cobalto en el cátodo", "It uses cobalt in the cathode"),
            ],
        ),
        (
            "¿Qué voltaje nominal dan aproximadamente 96 celdas NMC conectadas en serie?",
            "What nominal voltage do about 96 NMC cells connected in series give?",
            [
                (Y, "350 V", "350 V"),
                (N, "96 V", "96 V"),
                (N, "3.6 V", "3.6 V"),
                (N, "700 V", "700 V"),
            ],
        ),
        (
            "¿Qué hace el sistema de gestión de la batería (BMS)? (Selecciona todas las que apliquen)",
            "What does the battery management system (BMS) do? (Select all that apply)",
            [
                (
                    Y,
                    "Mide el voltaje de las celdas y las temperaturas",
                    "It measures cell voltages and temperatures",
                ),
                (
                    Y,
                    "Estima el estado de carga (SOC) y de salud (SOH)",
                    "It estimates the state of charge (SOC) and state of health (SOH)",
                ),
                (
                    Y,
                    "Abre los contactores si detecta una falla",
                    "It opens the contactors if it detects a fault",
                ),
                (
                    N,
                    "Sube el voltaje de las celdas por arriba de su límite para cargar más rápido",
                    "It raises cell voltage above its limit to charge faster",
                ),
            ],
        ),
        (
            "En un paquete de baterías, ¿cuál es el mayor riesgo de la fuga térmica?",
            "In a battery pack, what is the greatest risk of thermal runaway?",
            [
                (
                    Y,
                    "Que se propague a las celdas vecinas",
                    "That it spreads to neighbouring cells",
                ),
                (N, "Que se descargue la batería de 12 V", "That the 12 V battery discharges"),
                (
                    N,
                    "Que el BMS pierda la estimación del estado de carga",
                    "That the BMS loses its state-of-charge estimate",
                ),
            ],
        ),
    ],
    "EM-202": [
        (
            "¿Qué logra el inversor con la modulación por ancho de pulso (PWM)?",
            "What does the inverter achieve with pulse-width modulation (PWM)?",
            [
                (
                    Y,
                    "Obtener una onda senoidal promedio en cada fase variando el tiempo de encendido",
                    "An average sine wave in each phase, by varying the on-time",
                ),
                (N, "Medir la posición del rotor", "Measuring the rotor position"),
                (
                    N,
                    "Aislar galvánicamente los drivers de compuerta",
                    "Galvanically isolating the gate drivers",
                ),
            ],
        ),
        (
            "¿Por qué los inversores de 800 V pasan a MOSFET de carburo de silicio?",
            "Why are 800 V inverters moving to silicon carbide MOSFETs?",
            [
                (
                    Y,
                    "Por sus menores pérdidas de conmutación y su mayor temperatura de operación",
                    "Because of their lower switching losses and higher operating temperature",
                ),
                (
                    N,
                    "Porque son más baratos que el silicio",
                    "Because they are cheaper than silicon",
                ),
                (
                    N,
                    "Porque no necesitan drivers de compuerta",
                    "Because they need no gate drivers",
                ),
            ],
        ),
        (
            "¿Qué características tienen los semiconductores de banda ancha, como SiC y GaN? (Selecciona todas las que apliquen)",
            "What characterises wide-bandgap semiconductors such as SiC and GaN? (Select all that apply)",
            [
                (
                    Y,
                    "Su banda prohibida es unas tres veces la del silicio",
                    "Their bandgap is about three times that of silicon",
                ),
                (
                    Y,
                    "Soportan campos eléctricos más intensos",
                    "They withstand stronger electric fields",
                ),
                (
                    Y,
                    "Conmutan más rápido y con menos pérdidas",
                    "They switch faster with fewer losses",
                ),
                (
                    N,
                    "No requieren cuidar la interferencia electromagnética",
                    "They need no attention to electromagnetic interference",
                ),
            ],
        ),
        (
            "¿Cuáles son las dos etapas habituales de un cargador a bordo (OBC)?",
            "What are the two usual stages of an on-board charger (OBC)?",
            [
                (
                    Y,
                    "Corrección del factor de potencia y un convertidor CD-CD aislado",
                    "Power factor correction and an isolated DC-DC converter",
                ),
                (N, "Un inversor de tracción y el motor", "A traction inverter and the motor"),
                (N, "Un rectificador y la batería de 12 V", "A rectifier and the 12 V battery"),
            ],
        ),
    ],
    "EM-203": [
        (
            "En la carga de corriente alterna nivel 2, ¿quién convierte la corriente alterna en directa?",
            "In level 2 AC charging, what converts alternating current into direct current?",
            [
                (Y, "El cargador a bordo del vehículo", "The vehicle's on-board charger"),
                (N, "El cargador de pared", "The wall charger"),
                (N, "El medidor de la compañía eléctrica", "The utility's meter"),
            ],
        ),
        (
            "¿Por qué la carga rápida de corriente directa se hace más lenta después de alrededor del 80 %?",
            "Why does DC fast charging slow down after about 80%?",
            [
                (
                    Y,
                    "El BMS pide menos corriente para proteger las celdas",
                    "The BMS requests less current to protect the cells",
                ),
                (N, "El cargador se queda sin energía", "The charger runs out of energy"),
                (
                    N,
                    "El conector CCS solo admite el 80 % de la potencia",
                    "The CCS connector only allows 80% of the power",
                ),
            ],
        ),
        (
            "¿Qué conectores se usan en Norteamérica? (Selecciona todas las que apliquen)",
            "Which connectors are used in North America? (Select all that apply)",
            [
                (Y, "SAE J1772 (tipo 1)", "SAE J1772 (type 1)"),
                (Y, "CCS1", "CCS1"),
                (Y, "NACS (SAE J3400)", "NACS (SAE J3400)"),
                (N, "GB/T", "GB/T"),
            ],
        ),
        (
            "¿Qué mensaje OCPP envía un cargador al encenderse para registrarse?",
            "Which OCPP message does a charger send when it powers up, to register?",
            [
                (Y, "BootNotification", "BootNotification"),
                (N, "Heartbeat", "Heartbeat"),
                (N, "MeterValues", "MeterValues"),
                (N, "Authorize", "Authorize"),
            ],
        ),
    ],
    "I4-01": [
        (
            "¿Qué estándar abierto (IEC 62541) transporta valores, describe su significado con un modelo de información e incluye seguridad?",
            "Which open standard (IEC 62541) carries values, describes their meaning with an information model and includes security?",
            [
                (Y, "OPC UA", "OPC UA"),
                (N, "Modbus", "Modbus"),
                (N, "MQTT", "MQTT"),
                (N, "LoRaWAN", "LoRaWAN"),
            ],
        ),
        (
            "Una línea estuvo disponible el 90 % del tiempo, trabajó al 95 % de su velocidad estándar y produjo 98 % de piezas buenas. ¿Cuál es su OEE aproximado?",
            "A line was available 90% of the time, ran at 95% of its standard speed and produced 98% good parts. What is its approximate OEE?",
            [(Y, "84 %", "84%"), (N, "94 %", "94%"), (N, "98 %", "98%"), (N, "90 %", "90%")],
        ),
        (
            "¿Qué señales necesitas para automatizar el cálculo del OEE? (Selecciona todas las que apliquen)",
            "Which signals do you need to automate the OEE calculation? (Select all that apply)",
            [
                (
                    Y,
                    "Si la máquina está en marcha o detenida",
                    "Whether the machine is running or stopped",
                ),
                (Y, "Un pulso por ciclo", "One pulse per cycle"),
                (Y, "El conteo de piezas rechazadas", "The count of rejected parts"),
                (
                    N,
                    "La temperatura de la oficina de ingeniería",
                    "The temperature of the engineering office",
                ),
            ],
        ),
        (
            "¿Qué es MQTT?",
            "What is MQTT?",
            [
                (
                    Y,
                    "Un protocolo ligero de publicación y suscripción con un broker",
                    "A lightweight publish and subscribe protocol with a broker",
                ),
                (
                    N,
                    "Un bus de campo de seguridad para paros de emergencia",
                    "A safety fieldbus for emergency stops",
                ),
                (N, "El modelo de información de OPC UA", "The information model of OPC UA"),
            ],
        ),
    ],
    "I4-02": [
        (
            "¿Qué nivel de analítica responde a la pregunta «qué va a pasar»?",
            'Which level of analytics answers the question "what will happen"?',
            [
                (Y, "Predictiva", "Predictive"),
                (N, "Descriptiva", "Descriptive"),
                (N, "Diagnóstica", "Diagnostic"),
                (N, "Prescriptiva", "Prescriptive"),
            ],
        ),
        (
            "¿Cuáles son problemas típicos de calidad de datos? (Selecciona todas las que apliquen)",
            "Which are typical data quality problems? (Select all that apply)",
            [
                (Y, "Relojes desincronizados entre equipos", "Clocks out of sync between devices"),
                (Y, "Unidades mezcladas", "Mixed units"),
                (Y, "Registros duplicados", "Duplicate records"),
                (N, "Un diccionario de datos actualizado", "An up-to-date data dictionary"),
            ],
        ),
        (
            "Al hacer un diagrama de Pareto de paros, ¿qué debes cuidar?",
            "When you build a Pareto chart of stops, what must you watch out for?",
            [
                (
                    Y,
                    "La unidad de medida: ordenar por frecuencia no es lo mismo que por costo o minutos perdidos",
                    "The unit of measure: ranking by frequency is not the same as ranking by cost or minutes lost",
                ),
                (N, "Ordenar las causas alfabéticamente", "Sorting the causes alphabetically"),
                (
                    N,
                    "Mostrar solo las causas que ocurrieron una vez",
                    "Showing only the causes that happened once",
                ),
            ],
        ),
        (
            "En una serie de tiempo, dos variables suben y bajan juntas. ¿Qué puedes concluir?",
            "In a time series, two variables rise and fall together. What can you conclude?",
            [
                (
                    Y,
                    "Que no necesariamente tienen una relación causal",
                    "That they do not necessarily have a causal relationship",
                ),
                (N, "Que una siempre causa la otra", "That one always causes the other"),
                (N, "Que los datos están duplicados", "That the data are duplicated"),
            ],
        ),
    ],
    "I4-03": [
        (
            "¿Qué robot es ideal para tomar y colocar piezas ligeras a alta velocidad?",
            "Which robot is ideal for picking and placing light parts at high speed?",
            [
                (Y, "Delta", "Delta"),
                (N, "Articulado de seis ejes", "Six-axis articulated"),
                (N, "Cartesiano o de pórtico", "Cartesian or gantry"),
            ],
        ),
        (
            "¿Qué documento da los límites tolerables de fuerza y presión para cada región del cuerpo en aplicaciones colaborativas?",
            "Which document gives the tolerable force and pressure limits for each body region in collaborative applications?",
            [
                (Y, "ISO/TS 15066", "ISO/TS 15066"),
                (N, "ISO 9001", "ISO 9001"),
                (N, "IEC 61131-3", "IEC 61131-3"),
                (N, "ISO 14001", "ISO 14001"),
            ],
        ),
        (
            "¿Cuáles son modos de operación colaborativa? (Selecciona todas las que apliquen)",
            "Which are modes of collaborative operation? (Select all that apply)",
            [
                (Y, "Paro monitoreado de seguridad", "Safety-rated monitored stop"),
                (Y, "Monitoreo de velocidad y separación", "Speed and separation monitoring"),
                (Y, "Limitación de potencia y fuerza", "Power and force limiting"),
                (
                    N,
                    "Operación sin resguardos ni evaluación de riesgos",
                    "Operation without safeguards or risk assessment",
                ),
            ],
        ),
        (
            "¿Qué significa que «la aplicación es la colaborativa, no el robot»?",
            'What does "it is the application that is collaborative, not the robot" mean?',
            [
                (
                    Y,
                    "Un cobot que sostiene una pieza filosa puede ser tan peligroso como un robot convencional, así que se evalúa el riesgo de cada aplicación",
                    "A cobot holding a sharp part can be as dangerous as a conventional robot, so each application's risk is assessed",
                ),
                (
                    N,
                    "Cualquier cobot puede trabajar sin evaluación de riesgos",
                    "Any cobot can work without a risk assessment",
                ),
                (N, "Los cobots no se conectan al PLC", "Cobots are not connected to the PLC"),
            ],
        ),
    ],
    "I4-04": [
        (
            "¿En cuántas categorías agrupa la norma ISO/ASTM 52900 los procesos de manufactura aditiva?",
            "Into how many categories does ISO/ASTM 52900 group additive manufacturing processes?",
            [(Y, "Siete", "Seven"), (N, "Tres", "Three"), (N, "Diez", "Ten")],
        ),
        (
            "En FDM, ¿dónde es más débil una pieza y qué haces al respecto?",
            "In FDM, where is a part weakest and what do you do about it?",
            [
                (
                    Y,
                    "Entre capas: orientas la pieza para que las cargas vayan a lo largo de ellas",
                    "Between layers: you orient the part so that loads run along them",
                ),
                (
                    N,
                    "Dentro de cada capa: agregas más soportes",
                    "Within each layer: you add more supports",
                ),
                (
                    N,
                    "No hay diferencia: la orientación no importa",
                    "There is no difference: orientation does not matter",
                ),
            ],
        ),
        (
            "¿Qué aplicaciones de manufactura aditiva son habituales en una planta automotriz? (Selecciona todas las que apliquen)",
            "Which additive manufacturing applications are common in an automotive plant? (Select all that apply)",
            [
                (Y, "Dispositivos de sujeción y localización", "Clamping and locating fixtures"),
                (Y, "Calibres pasa/no pasa", "Go/no-go gauges"),
                (
                    Y,
                    "Insertos de molde con enfriamiento conformal",
                    "Mould inserts with conformal cooling",
                ),
                (
                    N,
                    "Paneles de carrocería en producción de alto volumen",
                    "Body panels in high-volume production",
                ),
            ],
        ),
        (
            "¿Qué proceso endurece resina líquida con luz?",
            "Which process hardens liquid resin with light?",
            [
                (
                    Y,
                    "Fotopolimerización en tina (SLA o DLP)",
                    "Vat photopolymerisation (SLA or DLP)",
                ),
                (N, "Inyección de aglutinante", "Binder jetting"),
                (N, "Extrusión de material (FDM)", "Material extrusion (FDM)"),
            ],
        ),
    ],
    "I4-05": [
        (
            "Un modelo que se actualiza automáticamente con datos de planta, pero solo en un sentido, es…",
            "A model that is updated automatically with plant data, but only in one direction, is…",
            [
                (Y, "Una sombra digital", "A digital shadow"),
                (N, "Un modelo digital", "A digital model"),
                (N, "Un gemelo digital", "A digital twin"),
            ],
        ),
        (
            "¿Qué es la puesta en marcha virtual?",
            "What is virtual commissioning?",
            [
                (
                    Y,
                    "Conectar el programa del PLC al modelo simulado de la línea para probar secuencias e interbloqueos antes de que llegue el equipo",
                    "Connecting the PLC program to the simulated model of the line to test sequences and interlocks before the equipment arrives",
                ),
                (
                    N,
                    "Arrancar la línea real sin operadores",
                    "Starting the real line without operators",
                ),
                (
                    N,
                    "Capacitar a los operadores con realidad virtual",
                    "Training operators with virtual reality",
                ),
            ],
        ),
        (
            "Para encontrar el cuello de botella con una simulación de eventos discretos, ¿qué datos necesitas? (Selecciona todas las que apliquen)",
            "To find the bottleneck with a discrete-event simulation, which data do you need? (Select all that apply)",
            [
                (Y, "Tiempos de ciclo", "Cycle times"),
                (Y, "Capacidad de los buffers", "Buffer capacities"),
                (
                    Y,
                    "Tiempo medio entre fallas y tiempo medio de reparación",
                    "Mean time between failures and mean time to repair",
                ),
                (N, "El color de la pintura de los robots", "The paint colour of the robots"),
            ],
        ),
        (
            "¿Qué debes hacer antes de usar el modelo de una línea para tomar decisiones?",
            "What must you do before using the model of a line to make decisions?",
            [
                (
                    Y,
                    "Validarlo comparando su producción simulada con la real durante varias semanas",
                    "Validate it by comparing its simulated output with the actual output over several weeks",
                ),
                (
                    N,
                    "Darle el máximo nivel de detalle posible",
                    "Give it the highest possible level of detail",
                ),
                (N, "Conectarlo primero a datos en vivo", "Connect it to live data first"),
            ],
        ),
    ],
    "I4-06": [
        (
            "¿Qué prioriza la seguridad en tecnología operativa (OT) en la planta?",
            "What does operational technology (OT) security prioritise in the plant?",
            [
                (
                    Y,
                    "La disponibilidad y la seguridad de las personas",
                    "Availability and people's safety",
                ),
                (N, "La confidencialidad de la información", "The confidentiality of information"),
                (N, "El costo más bajo del equipo", "The lowest equipment cost"),
            ],
        ),
        (
            "En IEC 62443, ¿qué es un conducto?",
            "In IEC 62443, what is a conduit?",
            [
                (
                    Y,
                    "El canal de comunicación entre zonas, donde se aplican controles como firewalls",
                    "The communication channel between zones, where controls such as firewalls are applied",
                ),
                (
                    N,
                    "Un grupo de activos con requisitos de seguridad similares",
                    "A group of assets with similar security requirements",
                ),
                (
                    N,
                    "El nivel de seguridad que alcanza un componente",
                    "The security level a component achieves",
                ),
            ],
        ),
        (
            "¿Cómo debe ser el acceso remoto de proveedores e integradores? (Selecciona todas las que apliquen)",
            "How should remote access by vendors and integrators work? (Select all that apply)",
            [
                (Y, "A través de un servidor de salto", "Through a jump server"),
                (Y, "Con autenticación multifactor", "With multi-factor authentication"),
                (
                    Y,
                    "Con aprobación por sesión y registro de la actividad",
                    "With per-session approval and activity logging",
                ),
                (
                    N,
                    "Con una VPN permanente directa al PLC y una contraseña compartida",
                    "With a permanent VPN straight to the PLC and a shared password",
                ),
            ],
        ),
        (
            "¿Contra qué protege el nivel de seguridad SL 4?",
            "What does security level SL 4 protect against?",
            [
                (
                    Y,
                    "Atacantes sofisticados con amplios recursos",
                    "Sophisticated attackers with extensive resources",
                ),
                (N, "Errores o violaciones casuales", "Casual errors or violations"),
                (N, "Fallas de energía eléctrica", "Power failures"),
            ],
        ),
    ],
    "I4-07": [
        (
            "Según la regla práctica del curso, ¿dónde se queda el control en tiempo real?",
            "According to the course's rule of thumb, where does real-time control stay?",
            [
                (Y, "En el PLC", "In the PLC"),
                (N, "En el edge", "At the edge"),
                (N, "En la nube", "In the cloud"),
            ],
        ),
        (
            "¿Qué es «store and forward» en un gateway edge?",
            "What is store and forward in an edge gateway?",
            [
                (
                    Y,
                    "Guardar los datos si se pierde la conexión y reenviarlos cuando se restablece",
                    "Keeping the data if the connection is lost and forwarding them when it is restored",
                ),
                (
                    N,
                    "Borrar los datos que no caben en la memoria",
                    "Deleting the data that do not fit in memory",
                ),
                (
                    N,
                    "Enviar cada dato dos veces para asegurar que llegue",
                    "Sending every value twice to make sure it arrives",
                ),
            ],
        ),
        (
            "¿Qué prácticas de seguridad aplican a la conexión de la planta con la nube? (Selecciona todas las que apliquen)",
            "Which security practices apply to connecting the plant to the cloud? (Select all that apply)",
            [
                (
                    Y,
                    "Conexiones que solo salen de la planta hacia la nube",
                    "Connections that only go out from the plant to the cloud",
                ),
                (Y, "Un certificado por dispositivo", "A certificate for each device"),
                (Y, "Mínimo privilegio para cada usuario", "Least privilege for each user"),
                (
                    N,
                    "Abrir puertos de entrada para el proveedor de nube",
                    "Opening inbound ports for the cloud provider",
                ),
            ],
        ),
        (
            "¿Cuál es un ejemplo de plataforma como servicio (PaaS)?",
            "Which is an example of platform as a service (PaaS)?",
            [
                (
                    Y,
                    "Usar bases de datos, colas de mensajes o servicios de analítica sin administrar servidores",
                    "Using databases, message queues or analytics services without managing servers",
                ),
                (
                    N,
                    "Rentar máquinas virtuales y administrarlas tú",
                    "Renting virtual machines and managing them yourself",
                ),
                (
                    N,
                    "Usar una aplicación completa de mantenimiento en línea",
                    "Using a complete online maintenance application",
                ),
            ],
        ),
    ],
    "I4-08": [
        (
            "¿Qué tecnología sumerge al usuario en un entorno completamente digital?",
            "Which technology immerses the user in a completely digital environment?",
            [
                (Y, "Realidad virtual", "Virtual reality"),
                (N, "Realidad aumentada", "Augmented reality"),
                (N, "Realidad asistida", "Assisted reality"),
            ],
        ),
        (
            "¿Cuáles son casos de uso maduros en la industria automotriz? (Selecciona todas las que apliquen)",
            "Which are mature use cases in the automotive industry? (Select all that apply)",
            [
                (Y, "Capacitación con realidad virtual", "Virtual reality training"),
                (Y, "Asistencia remota", "Remote assistance"),
                (
                    Y,
                    "Instrucciones de trabajo con realidad aumentada",
                    "Augmented reality work instructions",
                ),
                (
                    N,
                    "Sustituir los resguardos de las máquinas por avisos virtuales",
                    "Replacing machine guarding with virtual warnings",
                ),
            ],
        ),
        (
            "¿Cuánto conviene que duren las primeras sesiones de realidad virtual?",
            "How long should the first virtual reality sessions last?",
            [
                (Y, "De quince a veinte minutos", "Fifteen to twenty minutes"),
                (N, "Dos horas", "Two hours"),
                (N, "Un turno completo", "A full shift"),
            ],
        ),
        (
            "¿Por qué se mide la línea base antes de un piloto de realidad extendida?",
            "Why do you measure the baseline before an extended reality pilot?",
            [
                (
                    Y,
                    "Para juzgar el piloto por sus resultados y no por lo impresionante de la tecnología",
                    "To judge the pilot on its results rather than on how impressive the technology is",
                ),
                (
                    N,
                    "Porque lo exigen los fabricantes de los visores",
                    "Because the headset manufacturers require it",
                ),
                (N, "Para calibrar los visores", "To calibrate the headsets"),
            ],
        ),
    ],
    "I4-09": [
        (
            "¿Cómo se llama el aprendizaje en que el modelo aprende de ejemplos etiquetados?",
            "What is it called when a model learns from labelled examples?",
            [
                (Y, "Supervisado", "Supervised learning"),
                (N, "No supervisado", "Unsupervised learning"),
                (N, "Inferencia", "Inference"),
            ],
        ),
        (
            "Un modelo memoriza el conjunto de entrenamiento pero falla con datos nuevos. Está…",
            "A model memorises the training set but fails on new data. It is…",
            [
                (Y, "Sobreajustado", "Overfitted"),
                (N, "Balanceado", "Balanced"),
                (N, "Validado", "Validated"),
            ],
        ),
        (
            "En inspección visual, ¿qué indica la sensibilidad (recall)?",
            "In visual inspection, what does recall indicate?",
            [
                (
                    Y,
                    "Qué proporción de los defectos reales detecta el modelo",
                    "What proportion of the real defects the model detects",
                ),
                (
                    N,
                    "Qué proporción de los rechazos son realmente defectos",
                    "What proportion of the rejections are really defects",
                ),
                (
                    N,
                    "Cuántas imágenes por segundo procesa",
                    "How many images per second it processes",
                ),
            ],
        ),
        (
            "¿Qué condiciones hacen que un proyecto de aprendizaje automático tenga posibilidades de éxito? (Selecciona todas las que apliquen)",
            "Which conditions give a machine learning project a chance of success? (Select all that apply)",
            [
                (Y, "Suficientes datos representativos", "Enough representative data"),
                (Y, "Un dueño del proceso comprometido", "A committed process owner"),
                (
                    Y,
                    "Que la predicción cambie una decisión concreta",
                    "The prediction changes a specific decision",
                ),
                (
                    N,
                    "Usar el modelo más reciente, aunque no haya datos",
                    "Using the latest model, even without data",
                ),
            ],
        ),
    ],
    "I4-10": [
        (
            "¿Dónde nació el controlador lógico programable?",
            "Where was the programmable logic controller born?",
            [
                (
                    Y,
                    "En la división Hydramatic de General Motors, que pidió sustituir los tableros de relevadores",
                    "At General Motors' Hydramatic division, which asked for a replacement for relay panels",
                ),
                (N, "En la NASA, para el programa Apolo", "At NASA, for the Apollo programme"),
                (N, "En una planta de refrescos", "In a soft-drinks plant"),
            ],
        ),
        (
            "¿En qué orden ejecuta un PLC su ciclo de escaneo?",
            "In what order does a PLC run its scan cycle?",
            [
                (
                    Y,
                    "Lee entradas, ejecuta el programa, actualiza salidas, atiende comunicaciones y diagnóstico",
                    "Reads inputs, executes the program, updates outputs, handles communications and diagnostics",
                ),
                (
                    N,
                    "Actualiza salidas, lee entradas, ejecuta el programa",
                    "Updates outputs, reads inputs, executes the program",
                ),
                (
                    N,
                    "Ejecuta el programa y lee cada entrada cuando la necesita",
                    "Executes the program and reads each input when it needs it",
                ),
            ],
        ),
        (
            "En un circuito de arranque y paro con enclavamiento, ¿qué es correcto? (Selecciona todas las que apliquen)",
            "In a start-stop circuit with a seal-in, what is correct? (Select all that apply)",
            [
                (
                    Y,
                    "El botón de paro se cablea normalmente cerrado",
                    "The stop button is wired normally closed",
                ),
                (
                    Y,
                    "El botón de arranque se cablea normalmente abierto",
                    "The start button is wired normally open",
                ),
                (
                    Y,
                    "Un contacto de la propia salida del motor va en paralelo con el arranque",
                    "A contact from the motor output itself goes in parallel with the start",
                ),
                (
                    N,
                    "La misma bobina se usa en dos escalones",
                    "The same coil is used on two rungs",
                ),
            ],
        ),
        (
            "¿Qué temporizador enciende su salida cuando su entrada ha estado verdadera durante un tiempo?",
            "Which timer turns its output on when its input has been true for a set time?",
            [(Y, "TON", "TON"), (N, "TOF", "TOF"), (N, "CTU", "CTU")],
        ),
    ],
    "TR-TMEC": [
        (
            "¿Qué valor de contenido regional (VCR) deben alcanzar los vehículos de pasajeros bajo el T-MEC?",
            "What regional value content (RVC) must passenger vehicles reach under USMCA?",
            [(Y, "75 %", "75%"), (N, "62.5 %", "62.5%"), (N, "40 %", "40%"), (N, "50 %", "50%")],
        ),
        (
            "¿Cuál es la fórmula del método de valor de transacción?",
            "What is the formula of the transaction value method?",
            [
                (Y, "VCR = (VT − VMN) / VT × 100", "RVC = (TV − VNM) / TV × 100"),
                (N, "VCR = VMN / VT × 100", "RVC = VNM / TV × 100"),
                (N, "VCR = (CN − VT) / CN × 100", "RVC = (NC − TV) / NC × 100"),
            ],
        ),
        (
            "Además del VCR, ¿qué requisitos deben cumplir los vehículos? (Selecciona todas las que apliquen)",
            "Besides RVC, which requirements must vehicles meet? (Select all that apply)",
            [
                (
                    Y,
                    "Que al menos el 70 % del acero y aluminio comprados sea originario de la región",
                    "At least 70% of the steel and aluminium purchased must originate in the region",
                ),
                (
                    Y,
                    "Contenido de valor laboral con salarios de al menos 16 dólares por hora",
                    "Labour value content with wages of at least 16 dollars per hour",
                ),
                (
                    N,
                    "Un formato oficial de certificado de origen sellado por la autoridad",
                    "An official certificate of origin form stamped by the authority",
                ),
            ],
        ),
        (
            "¿Durante cuánto tiempo debes conservar los registros que respaldan el origen?",
            "How long must you keep the records supporting origin?",
            [
                (Y, "Al menos cinco años", "At least five years"),
                (N, "Doce meses", "Twelve months"),
                (N, "Hasta el siguiente embarque", "Until the next shipment"),
            ],
        ),
    ],
    "SD-PYME": [
        (
            "¿Qué relación tiene IATF 16949 con ISO 9001?",
            "How does IATF 16949 relate to ISO 9001?",
            [
                (
                    Y,
                    "La complementa: la empresa debe cumplir ambas",
                    "It supplements it: a company must meet both",
                ),
                (N, "La sustituye por completo", "It replaces it completely"),
                (N, "Son independientes y basta con una", "They are independent and one is enough"),
            ],
        ),
        (
            "¿Qué requisitos agrega IATF 16949 a ISO 9001? (Selecciona todas las que apliquen)",
            "Which requirements does IATF 16949 add to ISO 9001? (Select all that apply)",
            [
                (Y, "Seguridad del producto", "Product safety"),
                (
                    Y,
                    "Uso de las herramientas básicas de calidad (APQP, PPAP, AMEF, MSA y SPC)",
                    "Use of the quality core tools (APQP, PPAP, FMEA, MSA and SPC)",
                ),
                (
                    Y,
                    "Planes de contingencia para asegurar el suministro",
                    "Contingency plans to secure supply",
                ),
                (N, "Certificación ambiental ISO 14001", "ISO 14001 environmental certification"),
            ],
        ),
        (
            "Según la ruta de desarrollo de proveedores de la cláusula 8.4.2.3, ¿cuál es el primer paso?",
            "According to the supplier development path in clause 8.4.2.3, what is the first step?",
            [
                (Y, "Certificarse en ISO 9001", "ISO 9001 certification"),
                (N, "Certificarse en IATF 16949", "IATF 16949 certification"),
                (
                    N,
                    "Cumplir MAQMSR verificado por auditorías de segunda parte",
                    "MAQMSR compliance verified by second-party audits",
                ),
            ],
        ),
        (
            "En el plan de acción de la autoevaluación, ¿cuáles son acciones rápidas?",
            "In the self-assessment's action plan, which are quick actions?",
            [
                (
                    Y,
                    "5S, controles visuales y calibración de calibres",
                    "5S, visual controls and gauge calibration",
                ),
                (
                    N,
                    "Control de documentos y auditorías internas",
                    "Document control and internal audits",
                ),
                (
                    N,
                    "La certificación del sistema de calidad",
                    "Certification of the quality system",
                ),
            ],
        ),
    ],
    "CT-APQP": [
        (
            "¿Cuántas fases tiene APQP?",
            "How many phases does APQP have?",
            [(Y, "Cinco", "Five"), (N, "Tres", "Three"), (N, "Siete", "Seven")],
        ),
        (
            "¿Cómo se construye el cronograma de APQP?",
            "How is the APQP timing chart built?",
            [
                (
                    Y,
                    "Hacia atrás, desde las fechas de PPAP e inicio de producción que fija el cliente",
                    "Backwards, from the PPAP and start-of-production dates the customer sets",
                ),
                (
                    N,
                    "Hacia adelante, desde la primera junta del equipo, sin fechas del cliente",
                    "Forwards, from the team's first meeting, without customer dates",
                ),
                (
                    N,
                    "Se define al terminar la validación del proceso",
                    "It is defined once process validation is finished",
                ),
            ],
        ),
        (
            "¿Qué vínculos entre entregables de APQP son correctos? (Selecciona todas las que apliquen)",
            "Which links between APQP deliverables are correct? (Select all that apply)",
            [
                (
                    Y,
                    "Cada paso del diagrama de flujo aparece en el AMEF de proceso",
                    "Each step of the flowchart appears in the process FMEA",
                ),
                (
                    Y,
                    "Cada control del AMEF se refleja en el plan de control",
                    "Each control in the FMEA is reflected in the control plan",
                ),
                (
                    Y,
                    "El plan de control se traduce en instrucciones de trabajo",
                    "The control plan is translated into work instructions",
                ),
                (
                    N,
                    "El AMEF se copia de un proyecto anterior sin revisarlo",
                    "The FMEA is copied from a previous project without review",
                ),
            ],
        ),
        (
            "¿Qué confirma el equipo en el compromiso de factibilidad?",
            "What does the team confirm in the feasibility commitment?",
            [
                (
                    Y,
                    "Que puede fabricar la pieza como está diseñada, al volumen requerido y con la calidad esperada",
                    "That it can make the part as designed, at the required volume and with the expected quality",
                ),
                (N, "Que el cliente aprobó el PPAP", "That the customer approved the PPAP"),
                (
                    N,
                    "Que los moldes ya llegaron a la planta",
                    "That the moulds have already arrived at the plant",
                ),
            ],
        ),
    ],
    "CT-PPAP": [
        (
            "¿Cuál es el nivel de sometimiento de PPAP por omisión?",
            "What is the default PPAP submission level?",
            [(Y, "Nivel 3", "Level 3"), (N, "Nivel 1", "Level 1"), (N, "Nivel 5", "Level 5")],
        ),
        (
            "¿Cuántos elementos tiene un PPAP completo?",
            "How many elements does a complete PPAP have?",
            [(Y, "18", "18"), (N, "5", "5"), (N, "12", "12")],
        ),
        (
            "¿En qué casos se requiere un PPAP? (Selecciona todas las que apliquen)",
            "In which cases is a PPAP required? (Select all that apply)",
            [
                (Y, "Una pieza nueva", "A new part"),
                (
                    Y,
                    "Herramental nuevo, transferido o reparado extensamente",
                    "New, transferred or extensively repaired tooling",
                ),
                (
                    Y,
                    "Un nuevo subproveedor o fuente de material",
                    "A new sub-supplier or material source",
                ),
                (N, "El cambio de operador entre turnos", "The change of operator between shifts"),
            ],
        ),
        (
            "En los estudios iniciales del proceso de una característica especial, ¿qué Ppk es aceptable?",
            "In the initial process studies of a special characteristic, which Ppk is acceptable?",
            [
                (Y, "Mayor que 1.67", "Greater than 1.67"),
                (N, "Entre 1.00 y 1.33", "Between 1.00 and 1.33"),
                (N, "Menor que 1.00", "Less than 1.00"),
            ],
        ),
    ],
    "CT-AMEF": [
        (
            "¿Quién publicó en 2019 el manual armonizado de AMEF?",
            "Who published the harmonised FMEA handbook in 2019?",
            [
                (Y, "AIAG y VDA", "AIAG and VDA"),
                (N, "ISO e IEC", "ISO and IEC"),
                (N, "Solo Ford", "Ford alone"),
            ],
        ),
        (
            "¿Por qué el método AIAG-VDA usa la prioridad de acción en lugar del NPR?",
            "Why does the AIAG-VDA method use action priority instead of the RPN?",
            [
                (
                    Y,
                    "Porque el NPR podía ocultar riesgos graves, como una severidad de 10 con baja ocurrencia",
                    "Because the RPN could hide serious risks, such as a severity of 10 with low occurrence",
                ),
                (
                    N,
                    "Porque el NPR es más difícil de calcular",
                    "Because the RPN is harder to calculate",
                ),
                (N, "Porque ya no se califica la severidad", "Because severity is no longer rated"),
            ],
        ),
        (
            "En el apriete de los tornillos de una bisagra, el modo de falla es torque bajo. ¿Cuáles son causas? (Selecciona todas las que apliquen)",
            "When tightening the screws of a door hinge, the failure mode is low torque. Which are causes? (Select all that apply)",
            [
                (Y, "Atornillador sin calibrar", "An uncalibrated screwdriver"),
                (Y, "Tornillo equivocado", "The wrong screw"),
                (
                    N,
                    "Puerta desalineada para la siguiente operación",
                    "A misaligned door for the next operation",
                ),
                (N, "Ruido para el cliente final", "Noise for the end customer"),
            ],
        ),
        (
            "¿Cuántos pasos tiene el método AMEF de AIAG-VDA?",
            "How many steps does the AIAG-VDA FMEA method have?",
            [(Y, "Siete", "Seven"), (N, "Cinco", "Five"), (N, "Diez", "Ten")],
        ),
    ],
    "CT-MSA": [
        (
            "Según el manual MSA de AIAG, ¿cómo es un sistema con %GRR menor al 10 %?",
            "According to the AIAG MSA manual, what is a system with a %GRR under 10%?",
            [
                (Y, "Aceptable", "Acceptable"),
                (N, "Aceptable según la aplicación", "Acceptable depending on the application"),
                (N, "Inaceptable", "Unacceptable"),
            ],
        ),
        (
            "¿Qué es la repetibilidad?",
            "What is repeatability?",
            [
                (
                    Y,
                    "La variación del equipo cuando la misma persona mide la misma pieza varias veces",
                    "The equipment variation when the same person measures the same part several times",
                ),
                (
                    N,
                    "La variación entre las mediciones de distintos evaluadores",
                    "The variation between different appraisers' measurements",
                ),
                (
                    N,
                    "La diferencia entre el promedio medido y un valor de referencia",
                    "The difference between the measured average and a reference value",
                ),
            ],
        ),
        (
            "¿Qué características tiene un estudio R&R típico por variables? (Selecciona todas las que apliquen)",
            "What does a typical variables R&R study look like? (Select all that apply)",
            [
                (
                    Y,
                    "Diez piezas que cubren el rango de variación del proceso",
                    "Ten parts covering the process's range of variation",
                ),
                (Y, "Tres evaluadores", "Three appraisers"),
                (
                    Y,
                    "Piezas numeradas a ciegas y medidas en orden aleatorio",
                    "Parts numbered blind and measured in random order",
                ),
                (
                    N,
                    "Piezas idénticas, todas en el valor nominal",
                    "Identical parts, all at the nominal value",
                ),
            ],
        ),
        (
            "¿Cuál es el número mínimo de categorías distintas que debe tener un sistema de medición?",
            "What is the minimum number of distinct categories a measurement system must have?",
            [(Y, "5", "5"), (N, "2", "2"), (N, "10", "10")],
        ),
    ],
    "CT-SPC": [
        (
            "¿Con cuántos subgrupos se calculan los límites de control iniciales?",
            "How many subgroups are the initial control limits calculated from?",
            [
                (Y, "De 20 a 25", "20 to 25"),
                (N, "De 3 a 5", "3 to 5"),
                (N, "Uno por turno, cada día", "One per shift, every day"),
            ],
        ),
        (
            "Si el Cp es alto pero el Cpk es bajo, ¿qué pasa con el proceso?",
            "If Cp is high but Cpk is low, what is happening to the process?",
            [
                (
                    Y,
                    "Está descentrado: basta con ajustar la media",
                    "It is off centre: adjusting the mean is enough",
                ),
                (
                    N,
                    "Tiene demasiada variación: hay que rediseñarlo",
                    "It has too much variation: it must be redesigned",
                ),
                (N, "Los datos no son normales", "The data are not normal"),
            ],
        ),
        (
            "¿A cuántas desviaciones estándar del límite más cercano está la media con un Cpk de 1.33?",
            "With a Cpk of 1.33, how many standard deviations from the nearest limit is the mean?",
            [(Y, "Cuatro", "Four"), (N, "Tres", "Three"), (N, "Seis", "Six")],
        ),
        (
            "Ante una señal fuera de control, ¿qué hace el operador según el plan de reacción? (Selecciona todas las que apliquen)",
            "Faced with an out-of-control signal, what does the operator do according to the reaction plan? (Select all that apply)",
            [
                (
                    Y,
                    "Detiene o ajusta según el procedimiento",
                    "Stops or adjusts according to the procedure",
                ),
                (
                    Y,
                    "Contiene las piezas producidas desde la última verificación buena",
                    "Contains the parts produced since the last good check",
                ),
                (
                    Y,
                    "Anota la causa y la corrección en la bitácora de la gráfica",
                    "Notes the cause and the correction in the chart log",
                ),
                (
                    N,
                    "Recalcula los límites para que el punto quede dentro",
                    "Recalculates the limits so that the point falls inside",
                ),
            ],
        ),
    ],
    "SU-DESC": [
        (
            "¿Qué emisiones son de alcance 2?",
            "Which emissions are scope 2?",
            [
                (
                    Y,
                    "Las indirectas de la electricidad comprada",
                    "Indirect emissions from purchased electricity",
                ),
                (N, "Las del gas LP de los montacargas", "Those from the forklifts' LPG"),
                (N, "Las de los materiales comprados", "Those from purchased materials"),
            ],
        ),
        (
            "¿Qué fuentes son de alcance 1? (Selecciona todas las que apliquen)",
            "Which sources are scope 1? (Select all that apply)",
            [
                (Y, "Gas natural en hornos y calderas", "Natural gas in furnaces and boilers"),
                (Y, "Gas LP en montacargas", "LPG in forklifts"),
                (Y, "Fugas de refrigerante", "Refrigerant leaks"),
                (N, "Electricidad comprada a la red", "Electricity purchased from the grid"),
            ],
        ),
        (
            "¿Por qué reducir 20 % la velocidad de un ventilador con un variador de frecuencia baja su consumo casi a la mitad?",
            "Why does reducing a fan's speed by 20% with a variable frequency drive cut its consumption almost in half?",
            [
                (
                    Y,
                    "Porque la potencia varía con el cubo de la velocidad",
                    "Because power varies with the cube of speed",
                ),
                (
                    N,
                    "Porque la potencia es proporcional a la velocidad",
                    "Because power is proportional to speed",
                ),
                (N, "Porque el variador genera energía", "Because the drive generates energy"),
            ],
        ),
        (
            "¿Qué norma ofrece un marco para gestionar la energía con el ciclo planear, hacer, verificar, actuar?",
            "Which standard offers a framework for managing energy with the plan, do, check, act cycle?",
            [
                (Y, "ISO 50001", "ISO 50001"),
                (N, "IATF 16949", "IATF 16949"),
                (N, "ISO 9001", "ISO 9001"),
                (N, "ISO 17025", "ISO 17025"),
            ],
        ),
    ],
    "MA-ALIG": [
        (
            "¿Cómo es la densidad del aluminio frente a la del acero?",
            "How does the density of aluminium compare with that of steel?",
            [
                (
                    Y,
                    "Unos 2.7 g/cm³, cerca de un tercio de la del acero",
                    "About 2.7 g/cm³, close to one third of that of steel",
                ),
                (N, "Casi igual a la del acero", "Almost the same as steel"),
                (N, "La mitad que la del policarbonato", "Half that of polycarbonate"),
            ],
        ),
        (
            "¿Por qué se seca el policarbonato antes de inyectarlo?",
            "Why is polycarbonate dried before moulding?",
            [
                (
                    Y,
                    "Porque absorbe humedad y, si no se seca, se degrada con rayas plateadas y fragilidad",
                    "Because it absorbs moisture and, if not dried, degrades with silver streaks and brittleness",
                ),
                (N, "Para que cambie de color", "So that it changes colour"),
                (
                    N,
                    "Para bajar la fuerza de cierre necesaria",
                    "To lower the clamping force needed",
                ),
            ],
        ),
        (
            "¿Qué puede causar una pieza incompleta? (Selecciona todas las que apliquen)",
            "What can cause a short shot? (Select all that apply)",
            [
                (Y, "Falta de material o de presión", "A lack of material or pressure"),
                (Y, "Un molde frío", "A cold mould"),
                (Y, "Mala ventilación del molde", "Poor mould venting"),
                (N, "Fuerza de cierre insuficiente", "Insufficient clamping force"),
            ],
        ),
        (
            "¿Qué etapa del ciclo de inyección suele ser la más larga?",
            "Which stage of the injection cycle is usually the longest?",
            [
                (Y, "Enfriamiento", "Cooling"),
                (N, "Llenado", "Filling"),
                (N, "Cierre", "Clamping"),
                (N, "Expulsión", "Ejection"),
            ],
        ),
    ],
}
