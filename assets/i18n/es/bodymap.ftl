# La pantalla del mapa del cuerpo, las palabras de su dibujo para lectores de pantalla, las
# figuras de las lecciones y los dibujos de los ejercicios. Los textos de regiones, vías y
# figuras son contenido (content/i18n/es/), no van aquí.

## Controles
bodymap-title = Mapa del cuerpo
bodymap-help = Use Tab para ir por las partes del cuerpo; F6 salta entre el dibujo y el panel lateral.
bodymap-no-drawing = No se pudo cargar el dibujo del cuerpo.
bodymap-view = Vista
bodymap-view-side = Vista de lado
bodymap-view-back = Vista de espaldas
bodymap-leg = Pierna
leg-Right = Pierna derecha
leg-Left = Pierna izquierda
bodymap-labels = Nombres
bodymap-zoom-in = Acercar
bodymap-zoom-out = Alejar
bodymap-reset-view = Volver a la vista inicial
bodymap-consult = Modo consulta
bodymap-consult-hint = F5: pantalla completa, paso a paso, dibujar sobre la imagen

## Panel lateral
bodymap-read = Leer: { $title }
bodymap-howto = Cómo usar el mapa del cuerpo
bodymap-howto-choose = Haga clic en una parte del cuerpo. O pulse Tab y las flechas para pasar de una parte a otra, y Intro para elegir una.
bodymap-howto-overlays = Active arriba Recorrido del nervio, Cadena de movimiento o Cojera para ver cómo se unen la espalda y el tobillo. La rueda del ratón mueve la página; Ctrl con la rueda, pellizcar o los botones acercan y alejan; arrastre para mover.
bodymap-close = Cerrar
bodymap-links = Cómo une la espalda y el tobillo
bodymap-signs = Señales de alarma de esta parte
bodymap-read-more = Leer más
bodymap-start-check = Empezar una autoevaluación de esta zona…

## El dibujo en palabras (lectores de pantalla)
# $view es el nombre de la vista, $leg el de la pierna.
drawing-summary-view = Dibujo del cuerpo, { $view }.
drawing-summary-view-leg = Dibujo del cuerpo, { $view }, { $leg }.
drawing-summary-no-overlays = Sin capas activas.
drawing-summary-overlays = Se muestra: { $names }.
drawing-summary-selected = Elegido: { $name }.
drawing-summary-highlighted = Resaltado: { $names }.
drawing-region-selected = { $name }, elegido, detalles a la vista
drawing-region-highlighted = { $name }, resaltado
drawing-list-separator = ,{ " " }

## Figuras de las lecciones
figure-caption = Figura: { $caption }
figure-foot-outer = Lado de fuera
figure-foot-inner = Lado de dentro
figure-foot-alt-outer = Dibujo: el lado de fuera del pie, con los puntos { $points }
figure-foot-alt-inner = Dibujo: el lado de dentro del pie, con los puntos { $points }
figure-point = { $letter }: { $text }.
figure-points-and = { " " }y{ " " }
figure-cm = { $cm } cm

## Dibujos de los ejercicios
drawing-alt = Dibujo: { $name }. { $caption }

## Dibujos de los ejercicios: lo que muestra cada uno, en palabras (debajo del dibujo y para lectores de pantalla)
exercise-drawing-RestIceElevate = Acostado, con el pie sobre almohadas más alto que la cadera y una bolsa de hielo envuelta en una toalla sobre el tobillo.
exercise-drawing-AnkleAlphabet = Sentado en una silla, con la pierna lastimada estirada hacia delante. El dedo gordo escribe letras en el aire.
exercise-drawing-BandPush = Sentado en el suelo con las piernas estiradas. Una banda rodea la parte delantera de la planta del pie y las manos sujetan sus extremos. El pie empuja hacia abajo.
exercise-drawing-HipBridge = Acostado boca arriba, con las rodillas dobladas y los pies apoyados. La cadera sube un poco del suelo.
exercise-drawing-SideLegLift = Acostado de lado. La pierna de arriba sube, estirada.
exercise-drawing-KneeStraighten = Sentado en una silla. Una rodilla se estira hasta que la pierna queda recta hacia delante.
exercise-drawing-SingleLegBalance = De pie sobre la pierna lastimada junto a una encimera, con una mano lista para sujetarse.
exercise-drawing-CalfRaise = De pie sobre los dos pies, con las manos en una encimera. Los talones suben y luego bajan despacio.
exercise-drawing-OneLegHeelRaise = De pie sobre la pierna dolorida, con el otro pie en el aire y las manos en una encimera. El talón baja despacio.
exercise-drawing-StepHeelDrop = La parte delantera del pie dolorido en el borde de un escalón, la rodilla recta y una mano en la barandilla. El talón baja por debajo del escalón.
exercise-drawing-StepHeelDropBentKnee = Lo mismo en el escalón, con la rodilla un poco doblada. El talón baja por debajo del escalón.
exercise-drawing-Bike = Sentado en una bicicleta estática, pedaleando a un ritmo suave.
exercise-drawing-RunWithSupport = Trotando en terreno plano con una tobillera en el tobillo.
exercise-drawing-CoreBrace = Acostado boca arriba, con las rodillas dobladas y los pies apoyados. La barriga se mete hacia dentro con suavidad.
exercise-drawing-Walk = Caminando erguido a un ritmo suave en terreno plano.
exercise-drawing-KneeRoll = Visto desde arriba: acostado boca arriba, con las rodillas dobladas y juntas, que se inclinan con suavidad hacia un lado.
