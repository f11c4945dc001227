# La pantalla de Ajustes.

## Ajustes
settings-heading = Ajustes
settings-intro = Los cambios se aplican al momento y se guardan en esta computadora.
settings-language = Idioma
settings-who = Quién usa la aplicación
settings-level = Nivel de lectura
settings-text-size = Tamaño del texto
settings-theme = Tema
settings-motion = Movimiento
settings-reduce-motion = Reducir el movimiento
settings-reading-aloud = Lectura en voz alta
settings-words-a-minute = { " " }palabras por minuto
settings-reading-speed = Velocidad de lectura
settings-emergency = Número de emergencias
settings-emergency-hint = p. ej., 112
settings-emergency-help = Aparece en cada consejo urgente. Déjelo vacío para mostrar «su número local de emergencias (por ejemplo, 112, 911 o 999)». Una clínica lo configura una vez.
