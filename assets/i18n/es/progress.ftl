# La pantalla Mi progreso: resumen, diario del dolor, plan de recuperación, calzado y consejos
# para caminar. Los textos del plan, los ejercicios y los consejos vienen de content/.

## Resumen
progress-heading = Mi progreso
progress-intro = Todo lo de aquí se guarda solo en esta computadora.
progress-articles-read = Artículos leídos
progress-articles-read-count = { $read } de { $count }
progress-go-to-learn = Ir a Aprender
progress-last-check = Última autoevaluación
# La urgencia de la última autoevaluación guardada y el título de su resultado.
progress-last-check-result = { $urgency }: { $title }
progress-urgency-Emergency = Atención de urgencia ahora
progress-urgency-SameDay = Consultar hoy con un profesional
progress-urgency-Appointment = Pedir una cita
progress-urgency-SelfCare = Cuidarse en casa y vigilar las señales de alarma
progress-none-yet = Ninguna todavía
progress-go-to-self-check = Ir a la autoevaluación
progress-plan = Plan de recuperación
progress-plan-not-started = Sin empezar
progress-plan-stage = { $programme }: { $stage }
progress-done-today = { $count ->
    [one] 1 ejercicio hecho hoy
   *[other] { $count } ejercicios hechos hoy
}
progress-days-recorded = { $count ->
    [one] 1 día anotado
   *[other] { $count } días anotados
}

## Diario del dolor
progress-diary = Diario del dolor
progress-diary-intro = Una vez al día: ¿cuánto le duele? 0 es nada de dolor y 10 el peor dolor que pueda imaginar. Mueva un control para anotar un valor; lo que no toque no se anota.
progress-day = Día
progress-day-hint = AAAA-MM-DD
progress-diary-day = Día del diario
progress-today = Hoy
progress-ankle = Tobillo
progress-back = Espalda
progress-ankle-pain = Dolor de tobillo
progress-back-pain = Dolor de espalda
progress-clear = Borrar
progress-not-entered = sin anotar
progress-not-entered-hover = Sin anotar
progress-note = Nota (opcional)
progress-note-hint = p. ej., paseo largo, zapatos nuevos
progress-diary-note = Nota del diario
progress-update-today = Actualizar la anotación de hoy
progress-save-today = Guardar la anotación de hoy
progress-update-day = Actualizar la anotación del { $date }
progress-save-day = Guardar la anotación del { $date }
progress-fix-day-first = Corrija primero el día
progress-enter-something-first = Primero mueva un control o escriba una nota
progress-date-not-a-date = Escriba el día como AAAA-MM-DD, p. ej., 2026-03-01
progress-date-future = Ese día todavía no ha llegado
progress-unsaved = Cambios sin guardar
progress-trend = Evolución
progress-trend-axis = Dolor (0-10)
progress-last-note = Última nota ({ $date }): { $note }
progress-trend-later = La evolución aparece cuando hay anotaciones de dos días.
progress-all-entries = Todas las anotaciones ({ $count })
# Un día anotado; "-" es un valor sin anotar.
progress-day-line = { $date }: tobillo { $ankle }, espalda { $back }
progress-day-line-note = { $line } ({ $note })
progress-edit-day = Editar { $date }
progress-delete-day = Borrar { $date }
progress-older-days = Días más antiguos: escriba el día arriba para editarlo.

## Plan de recuperación
progress-plan-heading = Plan de recuperación y prevención
progress-plan-intro = Elija el programa que le corresponda. Cada uno tiene fases; marque lo que hizo hoy.
progress-plan-handout = Crear una hoja informativa de mi fase del plan (PDF)
progress-programme-now = { $programme } (su programa actual)
progress-plan-signs = Deje el plan y busque atención si nota estas señales
progress-before-you-start = Antes de empezar
progress-stage-now = { $stage } (su fase actual)
progress-at-this-stage = Estoy en esta fase
progress-move-on = Cuándo pasar a la siguiente: { $when }
progress-from = Fuente: { $sources }
progress-done-today-exercise = Hecho hoy: { $exercise }
# Un paso numerado de un ejercicio.
progress-step = { $n }. { $step }

## Calzado
progress-shoes = Kilómetros del calzado
progress-distances-in = Distancias en
progress-unit-Kilometres = km
progress-unit-Miles = millas
progress-shoe-distance = { $distance } { $unit } desde el { $since }
progress-shoe-replace = es hora de cambiarlos
progress-shoe-zone = es hora de cambiarlas ({ $low }-{ $high } { $unit })
progress-shoe-to-go = faltan { $distance } { $unit } para cambiarlas
progress-shoe-add-to = Distancia que sumar a { $shoe }
progress-shoe-add = Sumar distancia
progress-shoe-remove = Quitar
progress-shoe-name = Nombre del calzado
progress-shoe-name-hint = p. ej., zapatillas azules
progress-shoe-so-far = Distancia hasta ahora
progress-shoe-so-far-hint = distancia hasta ahora, { $unit }
progress-shoe-track = Seguir un par de zapatos

## Consejos para caminar
progress-tips = Consejos para caminar
progress-sources = Fuentes: { $sources }
