# Words the game's views draw that are not sentences of a wording module (buttons, legends).
