# El primer inicio.

## Primer inicio
welcome-heading = Le damos la bienvenida a AnkleBack
welcome-intro = Esta aplicación muestra cómo un problema del tobillo puede causar dolor de espalda, y cómo un problema de la espalda se puede sentir en el tobillo, el talón o el tendón de Aquiles.
welcome-who = ¿Qué le describe mejor?
welcome-why = Lo usamos para elegir palabras sencillas o detalle clínico. Puede cambiarlo después en Ajustes.
