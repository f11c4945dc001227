# La pantalla Aprender: la lista de artículos, la búsqueda, el lector, sus bloques y las
# fuentes. Los textos de los artículos, el glosario y las fuentes vienen de content/, no de aquí.

## La lista
learn-heading = Aprender
learn-intro = Artículos cortos sobre cómo el tobillo y la parte baja de la espalda se afectan entre sí, basados en cinco fuentes públicas.
learn-group = Agrupar artículos
learn-by-area = Por zona del cuerpo
learn-by-direction = Por dirección
learn-read-mark = (leído)
area-LowerBack = Parte baja de la espalda
area-Hip = Cadera y pelvis
area-Ankle = Tobillo y pie
area-AchillesHeel = Aquiles, pantorrilla y talón
direction-AnkleToBack = Del tobillo a la espalda
direction-BackToAnkle = De la espalda al tobillo

## Búsqueda
learn-search = Buscar
learn-search-hint = Buscar en artículos y glosario, p. ej., reflejo aquíleo
learn-search-nothing = Nada coincide con «{ $query }». Pruebe con menos palabras o con palabras más sencillas, por ejemplo:
learn-search-results = { $count ->
    [one] 1 resultado. Pulse Intro para abrirlo, o llegue a él con Tab.
   *[other] { $count } resultados. Pulse Intro para abrir el primero, o vaya con Tab al que quiera.
}
# Un resultado: su título y dónde se encontró.
learn-search-hit = { $heading } ({ $kind })
search-kind-Title = Artículo
search-kind-Glossary = Glosario
search-kind-Patient = Palabras sencillas
search-kind-Clinician = Detalle clínico
# Palabras para probar cuando nada coincide (deben encontrar algo en el contenido en español).
learn-suggestion-1 = nervio ciático
learn-suggestion-2 = Aquiles
learn-suggestion-3 = esguince
learn-suggestion-4 = cojera
learn-suggestion-5 = calzado
learn-suggestion-6 = señales de alarma

## El lector
learn-back-to-list = Volver a todos los artículos
learn-article-level-label = Nivel de lectura de este artículo:
learn-article-level = Nivel de lectura de este artículo
learn-handout = Crear una hoja informativa de este artículo (PDF)
review-Draft = Aún no revisado por un profesional sanitario
review-Reviewed = Revisado por un profesional sanitario
learn-review-draft = Estado de revisión: { $status }. Última revisión del texto: { $date }.
learn-review-reviewed = Estado de revisión: { $status }, { $date }.
learn-review-reviewed-by = Estado de revisión: { $status } ({ $by }), { $date }.
learn-show-on-body-map = Mostrar en el mapa del cuerpo
learn-see-also = Vea también: { $title }
learn-from = Fuente: { $sources }

## Bloques
learn-list = Lista
learn-steps = Pasos
learn-key-figure = Dato clave: { $figure } { $label }
learn-note = Nota: { $title }
learn-table = Tabla: { $caption }
learn-steps-to-take = Pasos a seguir
learn-what-to-tell = Qué contarle a su profesional sanitario
learn-things-to-tell = Cosas que contar
learn-in-this-app = En esta aplicación
learn-action-plan-stage = Abrir el plan «{ $programme }» en la fase { $stage }
learn-action-plan = Abrir el plan de recuperación en la fase { $stage }
learn-action-diary = Abrir el diario del dolor
learn-action-self-check = Abrir la autoevaluación

## Fuentes
learn-sources-heading = Fuentes de este artículo
learn-sources = Fuentes
