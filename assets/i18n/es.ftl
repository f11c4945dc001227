# Las palabras propias de AnkleBack (botones, títulos, etiquetas), en español neutro, de
# usted. Cada mensaje de en.ftl debe estar aquí (lo comprueban las pruebas).

## Navegación (también las etiquetas accesibles)
nav-BodyMap = Mapa del cuerpo
nav-Learn = Aprender
nav-SelfCheck = Autoevaluación
nav-Progress = Mi progreso
nav-Settings = Ajustes e información
nav-settings = { nav-Settings }

## Primer inicio
welcome-heading = Le damos la bienvenida a AnkleBack
welcome-intro = Esta aplicación muestra cómo un problema del tobillo puede causar dolor de espalda, y cómo un problema de la espalda se puede sentir en el tobillo, el talón o el tendón de Aquiles.
welcome-who = ¿Qué le describe mejor?
welcome-why = Lo usamos para elegir palabras sencillas o detalle clínico. Puede cambiarlo después en Ajustes.

## Opciones
role-HavePain = Tengo dolor
role-Carer = Cuido a otra persona
role-Clinician = Soy profesional sanitario
level-Patient = Palabras sencillas
level-Clinician = Detalle clínico
theme-Light = Claro
theme-Dark = Oscuro
theme-HighContrast = Alto contraste

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

## Cantidades (reglas de plural)
checks-saved = { $count ->
    [one] { $count } autoevaluación guardada
   *[other] { $count } autoevaluaciones guardadas
}
