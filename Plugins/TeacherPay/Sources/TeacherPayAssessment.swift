enum TeacherPayPlaceholder {}
