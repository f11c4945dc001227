# La hoja informativa para llevar a casa (PDF) y los botones que lo hacen. El texto del contenido
# (artículos, resultados, el plan, señales de alarma) viene de content/; aquí están las
# palabras propias de la hoja informativa.

## Botones (Aprender, resultado de la autoevaluación, plan, modo consulta)
handout-save-as = Guardar como…
handout-add-diary = Añadir el gráfico de mi diario del dolor
handout-saved = Hoja informativa guardada: { $path }
handout-topic-self-check = autoevaluación
handout-topic-plan = plan de ejercicios
handout-topic-consult = consulta
handout-open = Abrir la hoja informativa
handout-show-folder = Mostrar en la carpeta
handout-failed = No se pudo crear la hoja informativa: { $why }

## Por qué no se pudo crear una hoja informativa (aparece bajo el botón)
handout-error-article = No hay ningún artículo «{ $id }».
handout-error-section = El artículo «{ $id }» no tiene la sección «{ $section }».
handout-error-language = No hay texto de hoja informativa en el idioma «{ $lang }».
handout-error-empty = Todavía no hay nada que poner en la hoja informativa.
handout-error-plan = El contenido no tiene plan.
handout-error-selfcheck = El contenido no tiene autoevaluación.
handout-error-pdf = No se pudo hacer el PDF ({ $why }).
handout-error-write = No se pudo escribir { $path } ({ $why }).
handout-error-folder = Esta computadora no tiene carpeta de documentos ni carpeta personal para guardar hojas informativas.

## Título, pie de página, aviso
handout-title = Su hoja informativa de AnkleBack
handout-footer = Hoja informativa de AnkleBack · { $date } · página { $page } de { $pages }
handout-sources-heading = Fuentes
handout-notice-title = Para aprender, no es un diagnóstico
handout-notice = AnkleBack explica lo que dicen artículos y guías publicados. No le da un diagnóstico ni sustituye a un médico, una enfermera o un fisioterapeuta. Las señales de alarma necesitan atención: si una de ellas le pasa a usted, busque ayuda como le indica la aplicación, lea lo que lea aquí. Cada explicación muestra la fuente de donde viene.
handout-no-review = No consta que un profesional sanitario haya revisado los textos de la autoevaluación y del plan.
handout-review-line = «{ $title }»: { $status }, comprobado por última vez el { $date }.
handout-review-line-by = «{ $title }»: { $status } ({ $name }), comprobado por última vez el { $date }.
handout-review-Draft = Aún no revisado por un profesional sanitario
handout-review-Reviewed = Revisado por un profesional sanitario
handout-translation = Traducción: { $status }.

## Fuentes de una parte
handout-sources-line = Fuentes: { $sources }
handout-source = { $title } ({ $publisher }, { $year }; { $kind })

## El resultado de la autoevaluación
handout-result = Su autoevaluación
handout-signs-raised = Sus respuestas incluyeron estas señales de alarma
handout-not-a-diagnosis = Una señal de alarma no es un diagnóstico. Quiere decir que las guías aconsejan que la revise un profesional, tan pronto como dice el recuadro de arriba.
handout-why-floor = Por qué el consejo es como mínimo pedir cita, sea cual sea el patrón
handout-you-answered = Usted respondió: { $answer }
handout-pain-answer = dolor de { $value } sobre 10
handout-what-helps = Lo que suele ayudar, según las fuentes
handout-when-care = Cuándo buscar atención
handout-read-more = Lea más en la aplicación
handout-tell-clinician = Qué contarle a su profesional de la salud

## El dibujo del cuerpo
handout-figure-alt = Dibujo de la parte baja de la espalda, la pelvis y la pierna derecha, de lado y de espaldas.
handout-highlighted = Resaltado: { $names }.
handout-lines-drawn = Líneas dibujadas: { $names }.
handout-legend-highlight = Partes de las que trata su resultado (borde grueso)
handout-legend-shown = Partes que se mostraron en la consulta (borde grueso)
handout-legend-part = { $name }: { $part }
handout-view-side = Vista lateral
handout-view-back = Vista de espaldas
handout-view-both = Las dos piernas, de espaldas
handout-view-leg = { $view }, { $leg ->
    [left] pierna izquierda
   *[right] pierna derecha
}

## El plan
handout-plan-heading = Su plan ({ $programme }), fase { $stage } de { $stages }: { $name }
handout-before-you-start = Antes de empezar
handout-move-on = Pase a la siguiente fase cuando: { $text }
handout-stop-signs = Pare y busque atención si
handout-note = Nota para profesionales: { $text }
handout-exercise-RestIceElevate = Acostado, con el pie sobre almohadas más alto que la cadera y una bolsa de hielo envuelta en una toalla sobre el tobillo.
handout-exercise-AnkleAlphabet = Sentado en una silla, con la pierna lastimada estirada hacia delante; el dedo gordo escribe letras en el aire.
handout-exercise-BandPush = Sentado en el suelo con las piernas estiradas, una banda alrededor de la parte de delante de la planta del pie y sus extremos en las manos. El pie empuja hacia abajo.
handout-exercise-HipBridge = Acostado boca arriba, con las rodillas dobladas y los pies apoyados. La cadera sube un poco del suelo.
handout-exercise-SideLegLift = Acostado de lado. La pierna de arriba sube, estirada.
handout-exercise-KneeStraighten = Sentado en una silla. Una rodilla se estira hasta que la pierna queda recta hacia delante.
handout-exercise-SingleLegBalance = De pie sobre la pierna lastimada junto a una encimera, con una mano lista para sujetarse.
handout-exercise-CalfRaise = De pie sobre los dos pies, con las manos en una encimera. Los talones suben y luego bajan despacio.
handout-exercise-OneLegHeelRaise = De pie sobre la pierna que duele, con el otro pie levantado y las manos en una encimera. El talón baja despacio.
handout-exercise-StepHeelDrop = La parte de delante de la planta del pie que duele en el borde de un escalón, la rodilla recta y una mano en la barandilla. El talón baja por debajo del escalón.
handout-exercise-StepHeelDropBentKnee = Lo mismo en el escalón, con la rodilla un poco doblada. El talón baja por debajo del escalón.
handout-exercise-Bike = Sentado en una bicicleta estática, pedaleando a un ritmo suave.
handout-exercise-RunWithSupport = Trotando en terreno llano con una tobillera.
handout-exercise-CoreBrace = Acostado boca arriba, con las rodillas dobladas y los pies apoyados. La barriga se mete suavemente hacia dentro.
handout-exercise-Walk = Caminando erguido a un ritmo suave en terreno llano.
handout-exercise-KneeRoll = Visto desde arriba: acostado boca arriba, con las rodillas dobladas y juntas, que se dejan caer suavemente hacia un lado.

## El diario del dolor
handout-diary = Su diario del dolor
handout-diary-empty = El diario del dolor todavía no tiene puntuaciones de dolor.
handout-chart-ankle = Dolor de tobillo
handout-chart-back = Dolor de espalda
handout-chart-alt = Gráfico del diario del dolor del { $from } al { $to }, { $count ->
    [one] { $count } día anotado
   *[other] { $count } días anotados
}, dolor de 0 (nada) a 10 (el peor).
handout-chart-series = { $name }: { $start } el primer día, { $end } el último; mínimo { $low }, máximo { $high }.

## Lo que se mostró en el modo consulta
handout-consult = Lo que vimos juntos
handout-consult-step = { $story }, paso { $step } de { $steps }: { $caption }
handout-consult-figure-alt = El dibujo del profesional: { $view }. { $marks }
handout-consult-no-marks = No se dibujó nada.
handout-consult-marks = Las marcas
