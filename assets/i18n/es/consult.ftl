# Modo consulta: una historia paso a paso sobre un dibujo grande en el que dibuja el profesional.

## La pantalla
consult-label = Consulta
consult-heading = Modo consulta
consult-no-stories = Este contenido no tiene historias (content/stories.ron).
consult-no-drawing = No se pudo cargar el dibujo del cuerpo.
consult-leave = Salir del modo consulta (Esc)
consult-previous = ‹ Anterior
consult-previous-keys = Flecha izquierda o Re Pág
consult-next = Siguiente ›
consult-next-keys = Flecha derecha, Av Pág o Espacio
consult-step = Paso { $step } de { $steps }
consult-progress = Avance: paso { $step } de { $steps }
consult-words = Palabras:
consult-read = Leer: { $title }
consult-notice = Para aprender, no es un diagnóstico
consult-picture = Dibujo: { $view }. Resaltado: { $highlighted }.
consult-nothing = nada

## Mostrar una sola cosa
consult-show = Mostrar
consult-view-side = Vista lateral
consult-view-back = Vista de espaldas
consult-view-both = Las dos piernas, de espaldas
consult-view-leg = { $view }, { $leg ->
    [left] pierna izquierda
   *[right] pierna derecha
}
consult-both-legs = Las dos piernas
consult-leg-Right = Pierna derecha
consult-leg-Left = Pierna izquierda
consult-one-root = Una raíz nerviosa:
consult-only = Solo:
consult-only-hint = Ocultar el resto del cuerpo
consult-as-shown = Como lo muestra el paso

## Dibujar
consult-draw = Dibujar
consult-tool-Move = Mover
consult-tool-Pen = Lápiz
consult-tool-Arrow = Flecha
consult-tool-Circle = Círculo
consult-ink = Color { $number }
consult-zoom-in = Acercar
consult-zoom-out = Alejar
consult-undo = Deshacer
consult-clear = Borrar el dibujo
consult-no-marks = Aún no hay marcas: elija Lápiz, Flecha o Círculo y arrastre sobre el dibujo.
consult-other-view = { $mark } (otra vista)
consult-delete-mark = Borrar la marca { $number }

## Las marcas en palabras («Marca 2: círculo cerca de: tendón de Aquiles (lado derecho)»)
consult-mark-number = Marca { $number }
consult-mark = Marca { $number }: { $shape }
consult-mark-near = Marca { $number }: { $shape } cerca de: { $region } ({ $side ->
    [left] lado izquierdo
   *[right] lado derecho
})
consult-mark-midline = Marca { $number }: { $shape } cerca de: { $region }
consult-shape-line = línea
consult-shape-arrow = flecha
consult-shape-circle = círculo

## El paciente
consult-handout = Crear una hoja informativa de esta consulta (PDF)
consult-saved-to = Guardado en el perfil de { $name }.
consult-not-saved = No se guarda nada si usted no lo elige.
consult-shown-so-far = Mostrado hasta ahora: { $steps ->
    [one] { $steps } paso
   *[other] { $steps } pasos
}, { $sections ->
    [one] { $sections } sección de artículo
   *[other] { $sections } secciones de artículos
}, { $marks ->
    [one] { $marks } marca
   *[other] { $marks } marcas
}. { $saved }
consult-save = Guardar en el perfil de un paciente…
consult-new-patient-question = ¿Borrar el dibujo y el registro de lo mostrado, para el próximo paciente?
consult-new-patient-clear = Borrar para un paciente nuevo
consult-new-patient-keep = Conservar
consult-new-patient = Paciente nuevo…
consult-save-which = ¿En qué perfil de paciente guardar los pasos, las secciones y las marcas mostradas?
consult-save-to = Guardar en { $name }
consult-new-profile = Perfil nuevo:
consult-new-profile-hint = Nombre del paciente
consult-new-profile-name = Nombre del perfil del paciente nuevo
consult-save-new = Guardar en un perfil nuevo
consult-cancel = Cancelar

## Guardar en un perfil (mensajes tras el botón)
consult-nothing-shown = Aún no se ha mostrado nada, así que no hay nada que guardar.
consult-profile-gone = Ese perfil ya no existe; no se guardó nada.
consult-type-name = Primero escriba un nombre para el perfil nuevo.
consult-not-saved-to = No se guardó nada en el perfil de { $name }: { $why }
consult-saved-shown = Lo mostrado se guardó en el perfil de { $name }.
consult-open-elsewhere = AnkleBack tiene ese perfil abierto en otra ventana. Ciérrela y vuelva a intentarlo.
consult-folder-locked = no se puede escribir en su carpeta ({ $why }).
consult-file-unreadable = no se pudo leer su archivo de progreso, así que se dejó como estaba ({ $why }).
