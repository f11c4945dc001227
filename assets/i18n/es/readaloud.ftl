# Leer en voz alta: el control junto a un texto (src/ui/read_aloud.rs), lo que dice cuando no
# hay un programa de voz instalado, y las pocas palabras leídas que no son texto del contenido
# (src/speech/script.rs). El contenido se lee en el idioma del contenido.

## El control (también las etiquetas accesibles)
readaloud-button = Leer en voz alta
readaloud-button-named = Leer en voz alta: { $what }
readaloud-pause = Pausar la lectura
readaloud-resume = Seguir leyendo
readaloud-stop = Detener la lectura
readaloud-position = Frase { $index } de { $total }
readaloud-now = Leyendo ahora: { $sentence }

## Cuando no puede hablar
readaloud-no-engine = Para leer en voz alta hace falta un programa de voz. En Debian o Ubuntu: sudo apt install espeak-ng
readaloud-no-engine-windows = Para leer en voz alta hace falta una voz de Windows. Agregue una en Configuración › Hora e idioma › Voz.
readaloud-no-engine-macos = Para leer en voz alta hace falta una voz del sistema. Agregue una en Ajustes del Sistema › Accesibilidad › Contenido leído.
readaloud-failed = El programa de voz se detuvo por un error. Intente de nuevo o reinicie AnkleBack.

## Palabras que se añaden a lo que se lee
readaloud-answers = Las respuestas son: { $answers }.
